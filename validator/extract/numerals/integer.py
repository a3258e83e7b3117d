"""The integer part of a number, read from its tokens: atoms, multipliers, scale words and their links
("12,866 triệu", "三百二十亿", "two hundred and five", "một trăm linh năm", "百二萬").

`read_integer` walks the tokens once with an `_IntegerReader`, whose fields are the state of the reading:
the place being filled (``seg``), the total of the larger places (``total``), a digit waiting for its
multiplier (``pending``), and what came before. One method a token kind says whether the token belongs
to the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from validator.extract.numerals.grammar import Grammar
from validator.extract.numerals.text import ONE, ZERO
from validator.extract.numerals.tokens import Token

__all__ = ["Integer", "read_integer", "scale_after"]

# what a token does to the number being read
_STOP = 0  # the token is not part of it: the number ends before it
_TAKE = 1  # the token is part of it
_TAKEN = 2  # the token is part of it, and the reader has already moved past it


@dataclass(slots=True)
class Integer:
    """An integer (or a decimal arabic numeral with its scale words) read from ``toks[i:end_index]``."""

    value: Decimal
    end_index: int
    end: int
    prec: Decimal | None  # exact precision when a single arabic atom carries it
    has_digit: bool
    spelled: bool
    scale_word: str | None
    scale: Decimal
    approx: str | None
    n_tokens: int


def scale_after(toks: list[Token], i: int) -> Decimal:
    """The value of the scale word that ends the number starting at toks[i] (0 when none does)."""
    while i < len(toks) and toks[i].kind in ("atom", "arabic", "mult", "conn", "zero"):
        i += 1
    return toks[i].value if i < len(toks) and toks[i].kind == "scale" else Decimal(0)


def read_integer(toks: list[Token], i: int, gm: Grammar) -> Integer | None:
    """Integer (or decimal arabic) part built from atoms, multipliers and scales, from toks[i] on."""
    return _IntegerReader(toks, i, gm).read()


class _IntegerReader:
    __slots__ = ("toks", "i", "gm", "total", "seg", "pending", "pending_tok", "pending_tens", "last_mult",
                 "last_scale", "prev_kind", "prev_value", "after_zero", "has_digit", "spelled", "arabic_prec",
                 "n_arabic", "scale_word", "scale", "approx", "j", "end", "used", "prev_before_pending",
                 "prev_value_before_pending", "zero_before_pending")

    def __init__(self, toks: list[Token], i: int, gm: Grammar) -> None:
        self.toks, self.i, self.gm = toks, i, gm
        self.total = ZERO  # the larger places, already multiplied by their scale words
        self.seg = ZERO  # the place being filled, below the last scale word
        self.pending: Decimal | None = None  # a digit waiting for its multiplier
        self.pending_tok: Token | None = None
        self.pending_tens = False  # the pending digit is a tens word ("twenty"), which a unit may complete
        self.last_mult: Decimal | None = None
        self.last_scale: Decimal | None = None
        self.prev_kind = ""
        self.prev_value = ZERO
        self.after_zero = False  # right after a zero link ("linh", "零")
        self.has_digit = False
        self.spelled = False
        self.arabic_prec: Decimal | None = None
        self.n_arabic = 0
        self.scale_word: str | None = None
        self.scale = ONE
        self.approx: str | None = None  # hedge implied inside the numeral (zh 多/余/几)
        self.j = i
        self.end = toks[i].start
        self.used = 0
        # what came before the pending digit (for "ellipsis": "hai trăm rưỡi", "万二" = 12000)
        self.prev_before_pending = ""
        self.prev_value_before_pending = ZERO
        self.zero_before_pending = False

    def read(self) -> Integer | None:
        toks, n = self.toks, len(self.toks)
        while self.j < n:
            t = toks[self.j]
            j = self.j
            if j > self.i and t.start > toks[j - 1].end and toks[j - 1].kind == "arabic" and t.kind == "arabic":
                break
            low = t.text.lower()
            if t.kind == "zero" and self.prev_kind == "":
                if low not in self.gm.zero_alone:
                    break  # "linh" (vi) only links places: "một trăm linh năm"; alone it is a word ("linh hoạt")
                t = Token("atom", ZERO, t.start, t.end, t.text)  # "零点五", "零" on its own
            step = self._step(t, low)
            if step == _STOP:
                break
            if step == _TAKE:
                self.prev_kind = t.kind
                self.prev_value = t.value
                self.end = t.end
                self.j += 1
                self.used += 1
        return self._result()

    def _step(self, t: Token, low: str) -> int:
        kind = t.kind
        if kind in ("atom", "arabic"):
            return self._digit(t, low)
        if kind == "mult":
            return self._multiplier(t)
        if kind == "scale" and self.pending is not None and self.seg > t.value and self.last_scale is None:
            return self._smaller_scale(t)
        if kind == "scale":
            return self._scale(t)
        if kind == "zero":
            if self.prev_kind not in ("mult", "scale", "arabic", "atom"):
                return _STOP
            self.after_zero = True
            return _TAKE
        if kind == "conn":
            return self._connector()
        if kind == "chalf" and self.prev_kind in ("atom", "arabic") and self.pending is not None:
            self.pending += Decimal("0.5")  # "五个半(小时)": five and a half
            self.arabic_prec = None
            return _TAKE
        if kind == "half" and self.prev_kind in ("mult", "scale") and self.pending is None:
            mult = self.last_mult if self.prev_kind == "mult" else None
            self.seg += (mult if mult is not None else self.last_scale or ONE) / 2
            self.arabic_prec = None
            return _TAKE
        if kind == "approx" and self.prev_kind in ("mult", "scale", "arabic", "atom"):
            self.approx = self.gm.approx_kinds.get(t.text, "over")
            return _TAKE
        return _STOP

    def _flush_pending(self, ellipsis: bool = True) -> Decimal:
        """The pending digit's value, now taken; with ``ellipsis``, a digit after a multiplier counts the
        next place down ("hai trăm rưỡi", "万二": 12000)."""
        if self.pending is None:
            return ZERO
        v = self.pending
        tok = self.pending_tok
        if (
            ellipsis
            and tok is not None
            and tok.kind == "atom"
            and self.prev_before_pending in ("mult", "scale")
            and not self.zero_before_pending
            and (self.gm.ellipsis_all or tok.text.lower() in self.gm.ellipsis_words)
            and v < 10
        ):
            v = v * self.prev_value_before_pending / 10
        self.pending = None
        return v

    def _digit(self, t: Token, low: str) -> int:
        """An atom or an arabic numeral: the next digit of the number, or the start of another."""
        if self.pending is not None:
            if (
                self.pending_tens
                and t.kind == "atom"
                and t.value < 10
                and self.pending % 10 == 0
                and self.prev_kind == "atom"
            ):  # "twenty one", "hai mươi mốt"
                self.pending += t.value
                self.pending_tens = False
                self.end = t.end
                self.j += 1
                self.used += 1
                self.prev_kind = "atom"
                return _TAKEN
            return _STOP
        conds = self.gm.restricted.get(low) if t.kind == "atom" else None
        if conds is not None and not self._allowed_here(conds):
            return _STOP
        if self._starts_another(t) or self._spelled_after_arabic(t):
            return _STOP
        self.prev_before_pending = self.prev_kind
        self.prev_value_before_pending = self.prev_value
        self.zero_before_pending = self.after_zero
        self.pending = t.value * (t.scale_suffix if t.kind == "arabic" else ONE)
        self.pending_tok = t
        self.pending_tens = t.kind == "atom" and t.value >= 20 and t.value < 100
        if t.kind == "arabic":
            self.n_arabic += 1
            self.arabic_prec = t.prec * t.scale_suffix
            if t.scale_suffix != 1:
                self.scale_word = t.text[len(t.text.rstrip("kKMmBbnilTt")) :] or self.scale_word
                self.scale = t.scale_suffix
        else:
            self.spelled = True
        self.has_digit = True
        self.after_zero = False
        return _TAKE

    def _allowed_here(self, conds: frozenset[str]) -> bool:
        """Whether a word that is a numeral only in some places ("a", "một", "两") is one here."""
        toks, j, n, prev_kind = self.toks, self.j, len(self.toks), self.prev_kind
        after_mult = prev_kind in ("mult", "scale", "zero") or (
            prev_kind == "conn" and j >= 2 and toks[j - 2].kind in ("mult", "scale")  # "hundred and one"
        )
        nxt = toks[j + 1] if j + 1 < n else None
        before_mult = nxt is not None and nxt.kind in ("mult", "scale")
        before_frac = nxt is not None and nxt.kind in ("denom", "fnum", "fword", "fden")
        # the denominator of "ba phần tư" (3/4): the first token read, right after the fraction word
        after_frac = j == self.i and j > 0 and toks[j - 1].kind == "fnum"
        return (
            (after_mult and "after_multiplier" in conds)
            or (after_frac and "after_fraction" in conds)
            or (self.after_zero and "after_zero_link" in conds)
            or (before_mult and "before_multiplier" in conds)
            or (before_frac and "before_fraction" in conds)
            or (j == self.i and ("before_unit" in conds or "before_unit_counted" in conds))
        )

    def _starts_another(self, t: Token) -> bool:
        """Whether an arabic numeral here begins a number of its own."""
        if t.kind != "arabic":
            return False
        toks, j, n, prev_kind = self.toks, self.j, len(self.toks), self.prev_kind
        if prev_kind == "atom":
            return True
        smaller_follows = (  # "4 thousand 3 hundred": digits counting a smaller place
            j + 1 < n and toks[j + 1].kind in ("mult", "scale") and toks[j + 1].value < self.prev_value
        )
        after_scale_and = prev_kind == "conn" and j >= 2 and toks[j - 2].kind == "scale"  # "$5 million and 1-2%"
        if (
            (prev_kind in ("scale", "mult") or after_scale_and)
            and (not self.gm.digits_after_scale and not smaller_follows)
            or (prev_kind in ("scale", "mult") and re.fullmatch(r"(?:1[89]|20)[0-9]{2}", t.text))
        ):
            return True  # "the five billion 1987 reserves target", "$5 million 1 January": not one number
        # "3 hundred and 2.12 hundred": a decimal starts a number of its own
        return t.value != t.value.to_integral_value() and (
            prev_kind == "mult" or (prev_kind == "conn" and toks[j - 2].kind in ("mult", "scale"))
        )

    def _spelled_after_arabic(self, t: Token) -> bool:
        """A spelled digit that would end a number begun in arabic digits ("115万一", "15 triệu một"): the
        spoken shorthand "一万一" (11,000) lives inside spelled numerals only, so the digit is not part of
        this number; one counting a place of its own stays ("1亿两千万", "3万一千")."""
        if t.kind != "atom" or self.n_arabic == 0 or self.prev_kind not in ("scale", "mult"):
            return False
        nxt = self.toks[self.j + 1] if self.j + 1 < len(self.toks) else None
        return nxt is None or nxt.kind not in ("mult", "scale", "chalf", "half")

    def _multiplier(self, t: Token) -> int:
        """"hundred", "trăm", "百": multiplies the pending digit into the place being filled."""
        if self.last_mult is not None and t.value >= self.last_mult and self.pending is None:
            return _STOP
        arabic_pending = self.pending_tok is not None and self.pending_tok.kind == "arabic"
        if self.pending is not None and arabic_pending:
            if self.pending != self.pending.to_integral_value() and t.value < 100:
                return _STOP
        base = self._flush_pending(ellipsis=False) if self.pending is not None else ONE
        if self.arabic_prec is not None and arabic_pending:
            self.arabic_prec *= t.value
        self.seg += base * t.value
        self.last_mult = t.value
        self.spelled = True
        self.after_zero = False
        return _TAKE

    def _smaller_scale(self, t: Token) -> int:
        # a scale smaller than the place before counts only its own figure: "three hundred and two
        # dozen" = 300 + 2 x 12 (the hundreds are not dozens)
        self.total += self.seg + self._flush_pending(ellipsis=False) * t.value
        self.seg = ZERO
        self.last_mult = None
        self.after_zero = False
        self.arabic_prec = None
        return _TAKE

    def _scale(self, t: Token) -> int:
        """"million", "triệu", "万": closes the place being filled."""
        if self.total.adjusted() > 60:
            return _STOP  # "nghìn nghìn nghìn …" is no quantity: stop long before Decimal overflows
        # "百二萬" = 1.2 million, but "亿四万" is 4 ten-thousands: the dropped place
        # comes from a multiplier, never from a larger scale word
        cur = self.seg + self._flush_pending(ellipsis=self.prev_before_pending == "mult")
        last = self.last_scale
        if cur == 0 and self.total == 0 and not self.has_digit:
            cur = ONE  # bare scale word: "nghìn", "千"
        if cur == 0:
            if last is not None and t.value >= last:
                self.total *= t.value
            else:
                return _STOP
        elif last is None or t.value > last:
            self.total = (self.total + cur) * t.value
        else:
            self.total += cur * t.value
        if self.arabic_prec is not None:
            self.arabic_prec *= t.value
        self.last_scale = t.value if last is None or t.value > last else last
        self.seg = ZERO
        self.last_mult = None
        self.after_zero = False
        return _TAKE

    def _connector(self) -> int:
        """"and", "lẻ": part of the number only between a place word and a smaller part."""
        toks, j, n = self.toks, self.j, len(self.toks)
        nxt = toks[j + 1] if j + 1 < n else None
        if self.prev_kind not in ("mult", "scale") or nxt is None or nxt.kind not in ("atom", "arabic", "mult"):
            return _STOP
        # "and a half" belongs to the fraction joiner, not to the integer
        if nxt.kind == "atom" and j + 2 < n and toks[j + 2].kind in ("denom", "fword"):
            return _STOP
        # "4.12 million and 3.76 million": two numbers, not one; a connector adds only a part smaller than
        # the scale before it ("two million and five thousand" still reads as one)
        if nxt.kind == "arabic" and nxt.value != nxt.value.to_integral_value():
            return _STOP
        if self.last_scale is not None and scale_after(toks, j + 1) >= self.last_scale:
            return _STOP
        return _TAKE

    def _result(self) -> Integer | None:
        toks, i = self.toks, self.i
        if self.used == 0:
            return None
        # trailing connector or zero link does not belong to the number
        while self.j - 1 > i and toks[self.j - 1].kind in ("conn", "zero") and self.used > 0:
            self.j -= 1
            self.used -= 1
            self.end = toks[self.j - 1].end if self.j > i else toks[i].start
        if self.used == 0:
            return None
        value = self.total + self.seg + self._flush_pending()
        j, scale_word, scale = self.j, self.scale_word, self.scale
        # the scale words the number ends with ("triệu", "nghìn tỷ", "万亿", "million")
        k = j
        trailing: list[Token] = []
        while k > i and toks[k - 1].kind == "scale":
            trailing.append(toks[k - 1])  # appended and reversed once: inserting at 0 was quadratic
            k -= 1
        trailing.reverse()
        if trailing:
            sep = "" if self.gm.flags == 0 else " "
            scale_word = sep.join(t.text for t in trailing)
            scale = ONE
            for t in trailing:
                scale *= t.value
        prec = self.arabic_prec if self.n_arabic == 1 else None
        if self.n_arabic == 1 and self.spelled:
            # "3万4000" mixes: fall back to the generic rule unless only scales followed
            kinds = {toks[k].kind for k in range(i, j)}
            if kinds & {"mult", "atom"}:
                prec = None
        return Integer(value, j, self.end, prec, self.has_digit, self.spelled, scale_word, scale, self.approx,
                       self.used)
