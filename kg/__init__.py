"""newskg: build a queryable RDF story graph from a folder of news articles.

The package follows the data: ``read`` (one module per input format) -> ``extract``
(entities, events, dates) -> ``resolve`` (one node per real-world thing) -> ``map``
(pure functions from records to triples) -> ``store`` -> ``query`` / ``export`` /
``validate`` / ``stats``.
"""

__version__ = "0.1.0"
