"""The list of functions, like a graphing calculator: colour, show/hide, edit, remove."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.analysis import HEAVY_TEXT
from guicalc.core.definitions import definition_name
from guicalc.core.document import Document, FunctionState, function_name
from guicalc.core.parse import ParseError, UnfinishedNameError
from guicalc.core.typed import reading
from guicalc.i18n import located, translate, translated
from guicalc.ui.expression_edit import ExpressionEdit

TYPING_PAUSE_MS = 300
"""A keystroke shows at once what the user must see (the curve, f′, the point, the error
line); the "read as" line here, and the legend's formulas, the exact readout, the limit table
and the error plot of the curve view (CurveController), wait for a pause in the typing this
long. They were 4/5 of a keystroke's 50 ms; the "read as" line re-laid the list out (3 ms)."""
ERROR_STYLE = "color: #D55E00;"
HINT_STYLE = "color: #666666;"


class FunctionRow(QtWidgets.QWidget):
    """One function: its colour, visibility, editor and error line."""

    removeRequested = QtCore.Signal(object)  # FunctionState
    activated = QtCore.Signal(object)  # FunctionState
    typed = QtCore.Signal(object)  # FunctionState: its text is about to change by a keystroke in the editor

    def __init__(self, state: FunctionState, first: bool, parent: QtWidgets.QWidget | None = None,
                 parse_now: bool = True) -> None:
        super().__init__(parent)
        self.state = state
        self.color_button = QtWidgets.QToolButton()
        self.color_button.setToolTip(translate("FunctionList", "Change the colour"))
        self.color_button.setAccessibleName(translate("FunctionList", "Function colour"))
        self.visible_box = QtWidgets.QCheckBox()
        self.visible_box.setToolTip(translate("FunctionList", "Show or hide this function"))
        self.visible_box.setAccessibleName(translate("FunctionList", "Show function"))
        self.name = "f"
        self._variables = "x"
        self._typed_name = False
        self.name_label = QtWidgets.QLabel()  # "g(x) =": the name the legend and the readout use
        self.edit = ExpressionEdit(state.text)
        self.edit.setAccessibleName(translate("FunctionList", "Function"))
        self.remove_button = QtWidgets.QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(translate("FunctionList", "Remove this function"))
        self.remove_button.setAccessibleName(translate("FunctionList", "Remove function"))
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.reading_label = QtWidgets.QLabel()  # how the input was read: 1/2x is (1/2)·x
        self.reading_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.reading_label.setStyleSheet("color: palette(placeholder-text);")
        self.reading_label.setAccessibleName(translate("FunctionList", "How the function was read"))
        # A long reading has no space to wrap at: it is cut at the dock's edge, never widens the window.
        self.reading_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.reading_label.setMinimumWidth(1)
        if first:
            self.edit.setObjectName("expressionEdit")
            self.error_label.setObjectName("expressionError")
            self.reading_label.setObjectName("expressionReading")

        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for w in (self.color_button, self.visible_box, self.name_label, self.edit, self.remove_button):
            top.addWidget(w)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reading_label)

        self._show_color(state.color)
        self.visible_box.setChecked(state.visible)
        self.color_button.clicked.connect(self._choose_color)
        self.visible_box.toggled.connect(lambda on: setattr(state, "visible", on))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(state))
        self._keystroke = False  # the next parse shown comes from a keystroke: its reading waits for a pause
        self._reading_timer = QtCore.QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._reading_timer.timeout.connect(self._show_reading)
        self._typed: object = None
        self.edit.textEdited.connect(self._on_keystroke)  # before textChanged
        self.edit.textChanged.connect(self._on_text_edited)
        self.edit.installEventFilter(self)
        state.events.color.connect(self._show_color)
        state.events.text.connect(self._on_state_text)
        if parse_now:
            self.show_parse()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.FocusIn:
            self.activated.emit(self.state)
        return False

    def _on_keystroke(self, _: str) -> None:
        self._keystroke = True
        self.typed.emit(self.state)

    def _on_text_edited(self, text: str) -> None:
        self.state.text = text
        self._keystroke = False

    def _on_state_text(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)
        self.show_parse()

    def show_parse(self) -> None:
        """The function's parse (the document's, shared with every view) in the editor and below it."""
        try:
            result: object = self.state.parsed()
        except ParseError as exc:
            result = exc
        self.edit.show_result(result)
        if not isinstance(result, ParseError):
            self._variables = ", ".join(result.symbols) or "x"
            self._typed_name = bool(getattr(result, "name", None))  # "g(x) = …" names itself
        self._show_name()
        error = self.edit.error
        self._typed = getattr(result, "typed", None)
        if self._keystroke and self._typed is not None and self.reading_label.isVisible():
            self._reading_timer.start()  # a new text in a shown label re-lays the list out: after the typing
        else:
            self._show_reading()
        hint = result if isinstance(result, UnfinishedNameError) else None  # a word being typed: said quietly
        self.error_label.setStyleSheet(HINT_STYLE if hint else ERROR_STYLE)
        self.error_label.setVisible(error is not None or hint is not None)
        self.error_label.setText(translated(hint.message) if hint else "" if error is None else located(error))

    def _show_reading(self) -> None:
        """How the input was read ("read as: (1/2)·x"), under the editor."""
        self._reading_timer.stop()
        typed = self._typed
        self.reading_label.setVisible(typed is not None)
        self.reading_label.setText("" if typed is None else translate("FunctionList", "read as: {reading}").format(
            reading=reading(typed, html=True)))
        # In a <p>: Qt shows a tooltip as rich text only when it starts with a tag.
        self.reading_label.setToolTip(f"<p>{self.reading_label.text()}</p>" if typed is not None else "")

    def set_name(self, name: str) -> None:
        """f, g, h, …: the row's place in the list."""
        self.name = name
        self._show_name()
        self.edit.setAccessibleName(translate("FunctionList", "Function {name}").format(name=name))

    def _show_name(self) -> None:
        self.name_label.setText(f"{self.name}({self._variables}) =")
        self.name_label.setVisible(not self._typed_name)

    def _show_color(self, color: str) -> None:
        pixmap = QtGui.QPixmap(18, 18)
        pixmap.fill(QtGui.QColor(color))
        self.color_button.setIcon(QtGui.QIcon(pixmap))

    def _choose_color(self) -> None:
        color = QtWidgets.QColorDialog.getColor(QtGui.QColor(self.state.color), self, translate("FunctionList",
                                                                                                "Function colour"))
        if color.isValid():
            self.state.color = color.name()


class FunctionListWidget(QtWidgets.QWidget):
    """All function rows and an Add button; one row is active (tangent, limits)."""

    activeChanged = QtCore.Signal(object)  # FunctionState
    typed = QtCore.Signal(object)  # FunctionState about to change by a keystroke (not undo, not a lesson)

    def __init__(self, document: Document, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: list[FunctionRow] = []
        self._unparsed: list[FunctionRow] = []  # rows of a lesson being put in, parsed one per turn
        self._held = False
        self._parse_timer = QtCore.QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(0)
        self._parse_timer.timeout.connect(self._parse_next)
        self._named = False  # whether a row defined a named function (f(x) = …) at the last edit
        self.rows_layout = QtWidgets.QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QtWidgets.QPushButton(translate("FunctionList", "+ Add function"))
        self.add_button.setObjectName("addFunctionButton")
        self.add_button.setToolTip(translate("FunctionList", "Add another function to the plot (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_function)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        document.functions.events.inserted.connect(self._on_inserted)
        document.functions.events.removed.connect(self._on_removed)
        for i, state in enumerate(document.functions):
            self._on_inserted(i, state)

    @property
    def first_edit(self) -> QtWidgets.QLineEdit:
        """The editor of the lesson's first function (``expressionEdit``): where typing starts."""
        first = self.rows[0]
        return first.edit

    def add_function(self) -> None:
        state = FunctionState(text="", color=self.document.next_color())
        self.document.functions.append(state)
        self.rows[-1].edit.setFocus()

    def hold(self) -> None:
        """A lesson is being put in: new rows of heavy functions wait for ``release`` to show
        their parse."""
        self._held = True

    def release(self) -> None:
        """The lesson is in: the waiting rows show their parse, one per event-loop turn (a
        function of 180 sines takes 0.2 s to parse: fifty at once froze the window)."""
        self._held = False
        if self._unparsed:
            self._parse_timer.start()

    def _parse_next(self) -> None:
        if self._held or not self._unparsed:
            return
        self._unparsed.pop(0).show_parse()
        if self._unparsed:
            self._parse_timer.start()

    def _on_inserted(self, index: int, state: FunctionState) -> None:
        later = self._held and len(state.text) > HEAVY_TEXT
        row = FunctionRow(state, first=not self.rows, parse_now=not later)
        if later:
            self._unparsed.append(row)
        state.events.text.connect(lambda _: self._show_other_parses(state))
        row.removeRequested.connect(self._remove)
        row.activated.connect(self.activeChanged)
        row.typed.connect(self.typed)
        self.rows.insert(index, row)
        self.rows_layout.insertWidget(index, row)
        self._name_rows()

    def _name_rows(self) -> None:
        for index, row in enumerate(self.rows):
            row.set_name(function_name(index))

    def _show_other_parses(self, edited: FunctionState) -> None:
        """A named function's error follows the rows it calls (f edited: g's cycle shows).
        Without named functions (now or before this edit) no other row's parse changed: with
        20 rows, showing each again cost more than drawing the edited curve."""
        named = any(definition_name(row.state.text) for row in self.rows)
        if named or self._named:
            for row in self.rows:
                if row.state is not edited and row not in self._unparsed:
                    row.show_parse()
        self._named = named

    def _remove(self, state: FunctionState) -> None:
        if len(self.document.functions) > 1:
            self.document.functions.remove(state)

    def _on_removed(self, index: int, state: FunctionState) -> None:
        row = self.rows.pop(index)
        if row in self._unparsed:
            self._unparsed.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._name_rows()
        if index == 0 and self.rows:
            first = self.rows[0]
            first.edit.setObjectName("expressionEdit")
            first.error_label.setObjectName("expressionError")
