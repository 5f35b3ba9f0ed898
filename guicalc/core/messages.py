"""Sentences the core says to a student, translatable without Qt.

The core never imports Qt, yet its sentences (a parse error, a limit-table note,
a descent verdict, a rule of the graph view) must reach the window in the
student's language. Each is a :class:`Message`: the English sentence as a plain
``str`` (what the command line prints and the tests read), which also remembers
its template and arguments. Templates are marked with :func:`QT_TRANSLATE_NOOP`,
the name Qt's ``lupdate`` collects into the ``.ts`` files; the window translates
the template and fills in the arguments again (``guicalc.ui.i18n.translated``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


class Message(str):
    """English text that can say itself again in another language."""

    context: str
    template: str
    args: dict[str, object] | None  # None: the template is the sentence, braces and all

    def __new__(cls, context: str, template: str, args: dict[str, object] | None = None) -> Message:
        english = template.format(**args) if args is not None else template
        message = super().__new__(cls, english)
        message.context, message.template, message.args = context, template, args
        return message

    def format(self, *positional: object, **args: object) -> Message:  # type: ignore[override]
        """The template with its arguments, still translatable (``str.format`` would lose that)."""
        if positional:
            raise TypeError("a message takes named arguments only")
        return Message(self.context, self.template, args)

    def render(self, translate: Translate = _identity) -> str:
        """The sentence in the language ``translate`` gives (nested messages too)."""
        text = translate(self.context, self.template)
        if self.args is None:
            return text
        return text.format(**{k: v.render(translate) if isinstance(v, Message) else v
                              for k, v in self.args.items()})


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 — the name lupdate looks for
    """Mark ``text`` for translation in ``context``; ``.format(...)`` fills it in."""
    return Message(context, text)


def joined(parts: Iterable[str], separator: str = "\n") -> Message:
    """Several sentences (or formulas) as one message, each translated on its own."""
    args = {f"part{i}": part for i, part in enumerate(parts)}
    template = separator.join(f"{{{name}}}" for name in args)
    return Message("", template, args)
