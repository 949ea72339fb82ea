"""Names of public bodies written in French, Spanish, Italian or Portuguese.

English news keeps these names in their own language ("the Commission d'accès à
l'information du Québec", "Autorité de la concurrence", "Agenzia delle Entrate"), where
content words are lower-case: the capitalised-span rules stop at the first of them and
find only "Commission" and "Québec". A name here opens with an institution's head word,
goes on through the language's particles and lower-case words, and ends at a capitalised
word after a particle ("du Québec") or, lower-case, where punctuation or an acronym in
brackets closes it ("Autorité de la concurrence,"). Every name must hold a particle, so
"Commission said" is never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HEADS = (
    "Commission|Autorité|Autorite|Conseil|Ministère|Ministere|Office|Régie|Regie|Agence|"
    "Direction|Tribunal|Cour|Institut|Société|Societe|Caisse|Fédération|Federation|Syndicat|"
    "Banque|Commissariat|Inspection|Délégation|Secrétariat|Chambre|Collège|Ordre|Haute|"
    "Autorità|Autorita|Agenzia|Garante|Procura|Ministero|Consiglio|Istituto|Guardia|"
    "Comisión|Comision|Superintendencia|Autoridad|Ministerio|Consejo|Instituto|Fiscalía|"
    "Fiscalia|Procuraduría|Procuraduria|Contraloría|Contraloria|Defensoría|Defensoria|"
    "Agência|Agencia|Comissão|Comissao|Polícia|Policia|Secretaría|Secretaria|Tribunale|"
    "Corte|Juzgado|Sindicato|Confederación|Confederação|Federación|Federação"
)
_PARTICLES = (
    r"de|du|des|la|le|les|et|à|au|aux|pour|sur|en|"
    r"della|delle|dello|degli|dei|del|di|e|per|"
    r"y|para|los|las|el|da|do|dos|das|na|no|pela|pelo"
)
_LOWER_WORD = r"[a-zàâçéèêëîïôûùüÿñæœáíóúãõì]+(?:-[a-zàâçéèêëîïôûùüÿñæœáíóúãõì]+)?"
_CAPITAL_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’-]*"
_ENGLISH = frozenset(
    "the of and on in to for a an is was were are has have had will would said says its "
    "their his her that which who with by from at as it this over into after before than "
    "opened opens found finds launched fined ruled".split()
)

_NAME = re.compile(
    rf"\b(?:{_HEADS})"
    rf"(?P<rest>(?:\s+(?:{_PARTICLES})(?=\s)|\s+[dl]['’]|\s+{_LOWER_WORD}|(?<=['’]){_LOWER_WORD}"
    rf"|\s+{_CAPITAL_WORD}){{1,10}})"
)
_PARTICLE_ONLY = re.compile(rf"^(?:{_PARTICLES})$", re.IGNORECASE)


def institution_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the public bodies ``text`` names in a Romance language.

    >>> text = "the Commission d'accès à l'information du Québec opened a probe."
    >>> [text[s:e] for s, e in institution_spans(text)]
    ["Commission d'accès à l'information du Québec"]
    >>> text = "France's Autorité de la concurrence, the watchdog, said the Commission met."
    >>> [text[s:e] for s, e in institution_spans(text)]
    ['Autorité de la concurrence']
    >>> text = "the Agenzia delle Entrate (AdE) said the Commission de Paris met"
    >>> [text[s:e] for s, e in institution_spans(text)]
    ['Agenzia delle Entrate', 'Commission de Paris']
    """
    for match in _NAME.finditer(text):
        end = _name_end(text, match.start(), match.start("rest"), match.end())
        if end is not None:
            yield match.start(), end


def _name_end(text: str, start: int, rest: int, limit: int) -> int | None:
    """Where the name opening at ``start`` ends, or None if it holds no particle."""
    words = list(re.finditer(r"[^\s'’]+['’]?", text[rest:limit]))
    end: int | None = None
    seen_particle = False
    for k, word in enumerate(words):
        token = word.group()
        lowered = token.lower()
        if _PARTICLE_ONLY.match(lowered) or lowered in {"d'", "l'", "d’", "l’"}:
            seen_particle = True
            continue
        if lowered in _ENGLISH:
            break
        if not seen_particle:
            break  # "Commission Zeta": the capitalised-span rules read it
        after = text[rest + word.end() : rest + word.end() + 2]
        closes = k + 1 == len(words) and (after[:1] in {",", ".", ";", ":", ")"} or "(" in after)
        if token[:1].isupper() or closes:
            end = rest + word.end()
    return end
