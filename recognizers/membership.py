"""MEMBERSHIP_ID: the number an organisation gave a person as its member, holder or customer — a fan's card («карта
болельщика», «Fan ID»), a club's, loyalty, bonus or discount card, a student's, pupil's or reader's ticket, a record book,
a union card, a programme participant's number (issue 15, pii_aw52).

It singles the person out as surely as a contract's number does: the issuer's register ties it to a name, a phone and a
history (152-ФЗ, ст. 3: information relating indirectly to an identifiable person), and a fan's card is what a stadium's
gate and a ban read. What every such number has is not a shape (5 to 16 digits, grouped as the issuer prints them) but
its words: a card's, ticket's, book's or id's noun with a word of membership beside it, in either order and any case
(«карта болельщика», «клубной карты», «студенческий билет», «номер участника программы»), or the programme's own name
(«Fan ID», «фан айди»). So the kind is read after its cue, written or said, and in the answer to a question that names
it, like every cued number (recognizers/base.ContextPatternRecognizer) — never by its digits alone: a bare nine-digit
number is an order's as often as a person's.

A bank card is not one of these: «карта» alone is the bank card's word (recognizers/credit_card.py), and a bonus card
number long enough to be a bank card's stays masked either way (a type's question, never a span's).
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value

# the thing that carries the number: a card, a ticket, a book, an id, a participant's number
_CARRIER = r"(?:карт[аеоуы]\w*|билет\w*|книжк\w*|id|айди|номер\w*)"
# a word of membership: whose or what kind of card it is. Stems, read in any case form («болельщика», «клубной»,
# «лояльности», «членский», «студенческого», «участника»); «постоянн…» only with the customer it names
_MEMBERSHIP = (r"(?:болельщик\w*|фанат\w*|клубн\w*|бонусн\w*|лояльност\w*|дисконтн\w*|скидочн\w*|накопительн\w*"
               r"|постоянн\w*\s+(?:клиент|покупател|гост|пассажир|участник)\w*|участник\w*|член\w*|студенческ\w*"
               r"|ученическ\w*|учащ\w*|обучающ\w*|читательск\w*|курсантск\w*|профсоюзн\w*|привилеги\w*)")
# the membership word next to the carrier, either order, one word between at most («карта постоянного клиента»,
# «бонусную вашу карту»); the programmes' own names; the one-word tickets
MEMBERSHIP_CUE = (r"(?:" + _CARRIER + r"(?:\s+[а-яё]{1,12})?\s+" + _MEMBERSHIP
                  + r"|" + _MEMBERSHIP + r"(?:\s+[а-яё]{1,12})?\s+" + _CARRIER
                  + r"|fan[\s\-]?id|фан[\s\-]?айди|фанайди|студбилет\w*|зачетк\w*|зачётк\w*)")
# what a question asking for one says (guard/dialogue.py reads the answer as this kind)
ASKED = MEMBERSHIP_CUE

FEWEST_DIGITS = 5  # a reader's ticket or a student's is short; fewer is a count, a sector, a row, a seat
MOST_DIGITS = 24  # a loyalty card's EAN-13, a bonus card printed like a bank card's sixteen, a reader's 22 (review 53:
# a longer number after its words was left whole; fail closed — whatever the issuer prints is masked)


class MembershipRecognizer(ContextPatternRecognizer):
    ENTITY = "MEMBERSHIP_ID"
    CUE_NUMBERS = ((MEMBERSHIP_CUE, FEWEST_DIGITS, MOST_DIGITS),)


KIND = Kind("MEMBERSHIP_ID", (MembershipRecognizer,), number_value, numeric=True, asked=ASKED,
            cues=("болельщик", "студбилет", "зачетк", "зачётк"))
