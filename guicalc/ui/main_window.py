"""The main window: functions on the left, the curve in the middle, limits below."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc import i18n, settings
from guicalc.core.autosave import Autosave
from guicalc.core.document import Document
from guicalc.core.readers import choice
from guicalc.core.view_kinds import view_kind, view_kinds
from guicalc.i18n import located, translate, translated
from guicalc.ui import dialogs
from guicalc.ui.presentation import PresentationMode, apply_theme, themed_views
from guicalc.ui.tab_pages import size_by_current_page
from guicalc.ui.view_tabs import view_tab
from guicalc.views.curve_view import CurveView
from guicalc.views.pixmap_cache import fit_pixmap_cache
from guicalc.views.text_size import title_follows_text
from guicalc.views.theme import THEMES

if TYPE_CHECKING:  # parse brings sympy, which the first paint does without
    from guicalc.core.parse import Parsed

DEFAULT_SIZE = QtCore.QSize(1440, 900)


class MainWindow(QtWidgets.QMainWindow):
    """Opens with f(x) = 3x² − 4x and the point at x = 1.

    With ``deferred=True`` (the application's start) the frame is painted first and
    the panels that need sympy are built right after: importing sympy would
    otherwise double the time to the first painted window. ``ready`` is emitted
    once everything is built.
    """

    ready = QtCore.Signal()

    def __init__(self, document: Document | None = None, *, deferred: bool = False,
                 autosave: Autosave | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("guicalc")
        self.document = document or Document()
        self.controller = None
        self.files = None
        self._autosave = autosave
        self._deferred = deferred
        self.theme_name = settings.value("theme", choice(THEMES), "light")

        self.curve_view = CurveView()
        self.tabs = QtWidgets.QTabWidget(objectName="viewTabs")
        self.view_widgets: dict[str, QtWidgets.QWidget] = _BuiltOnAccess(self)
        """Each view kind's tab once built, by the kind's name (guicalc.ui.view_tabs); indexing
        it builds a tab that is waiting in the bar (``get`` and ``in`` only say what is built)."""
        self._placeholders: dict[str, QtWidgets.QWidget] = {}
        """Empty pages in the tab bar for the tabs not built yet, by the kind's name."""
        self._add_view("curve")  # painted first: the rest needs sympy (see _build_panels)
        self.tabs.tabBar().setAccessibleName(translate("MainWindow", "Views"))
        self.tabs.tabBar().setAccessibleDescription(
            translate("MainWindow", "Alt+1 to Alt+{last} switch between the views").format(
                last=min(len(view_kinds()), 9)))
        self.setCentralWidget(self.tabs)
        left, bottom = QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        self.function_dock = self._dock(translate("MainWindow", "Functions"), "FunctionsDock", left)
        self.point_dock = self._dock(translate("MainWindow", "Point and tangent"), "PointandtangentDock", left)
        self.limit_dock = self._dock(translate("MainWindow", "Limit of the difference quotient"),
                                     "LimitofthedifferencequotientDock", bottom)
        # The left panels take the whole height: on a 720-line projector, sharing it with the
        # limit table cut the tangent readout.
        self.setCorner(QtCore.Qt.Corner.BottomLeftCorner, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea)
        self._make_actions()
        self.resize(DEFAULT_SIZE)
        fit_pixmap_cache(self.screen())  # the plots' cached images, redrawn on every paint if they do not fit
        # The curve is the lesson: the limit panel gets a third of the height.
        self.resizeDocks([self.limit_dock], [DEFAULT_SIZE.height() // 3], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks([self.function_dock], [380], QtCore.Qt.Orientation.Horizontal)
        if deferred:
            self.statusBar().showMessage(translate("MainWindow", "Loading…"))
            self._first_paint = _FirstPaint(self, self._build_panels)
        else:
            self._build_panels()

    def _build_panels(self) -> None:
        # Imported here, not at the top: these modules pull in sympy (see the class docstring).
        from guicalc.ui.clicked_figure import ClickedFigure
        from guicalc.ui.curve_controller import CurveController
        from guicalc.ui.explore_controller import ExploreController
        from guicalc.ui.function_list import FunctionListWidget
        from guicalc.ui.history import DocumentHistory
        from guicalc.ui.limit_panel import LimitPanel
        from guicalc.ui.parameter_panel import ParameterPanel
        from guicalc.ui.point_panel import PointPanel
        from guicalc.ui.workspace_files import WorkspaceFiles

        self.function_list = FunctionListWidget(self.document)
        self.parameter_panel = ParameterPanel()
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.function_list, 1)
        left_layout.addWidget(self.parameter_panel)
        self.point_panel = PointPanel(self.document.curve)
        self.limit_panel = LimitPanel()
        self.function_dock.setWidget(left)
        self.function_dock.setMinimumWidth(300)  # the expressions stay readable beside any view
        self.point_dock.setWidget(self.point_panel)
        self.limit_dock.setWidget(self.limit_panel)

        panel = self.limit_panel
        self._clicked_curve = ClickedFigure(self, [(self.curve_view.viewport(), self.curve_view),
                                                   (panel.table.viewport(), panel),
                                                   (panel.error_view.viewport(), panel)], self.curve_view)
        self.controller = CurveController(self.document, self.curve_view, self.point_panel,
                                          self.limit_panel, self.parameter_panel)
        self.controller.statusMessage.connect(self._show_status)
        self.explore = ExploreController(self.document, self.curve_view, self.controller)
        self.history = DocumentHistory(self.document, self)
        self.controller.parameterAdded.connect(self.history.watch)
        self.files = WorkspaceFiles(self, self.document, self.history, self._autosave)
        self.files.replacing.connect(self.controller.hold)
        self.files.replacing.connect(self.function_list.hold)
        self.files.replaced.connect(self.controller.reanalyse_all)
        self.files.replaced.connect(self.function_list.release)
        for action, slot in ((self.new_action, self.files.new), (self.open_action, self.files.open),
                             (self.save_action, self.files.save), (self.save_as_action, self.files.save_as)):
            action.triggered.connect(slot)
        self.file_menu.insertMenu(self.save_action, self.files.recent_menu)
        if self._autosave is not None:
            QtCore.QTimer.singleShot(0, self.files.offer_recovery)
        self.undo_action = self._replace_action(self.undo_action, self.history.createUndoAction(self),
                                                QtGui.QKeySequence.StandardKey.Undo)
        self.redo_action = self._replace_action(self.redo_action, self.history.createRedoAction(self),
                                                QtGui.QKeySequence.StandardKey.Redo)
        for kind in view_kinds():  # in the tab bar now, built when first shown
            if kind.name not in self.view_widgets and not view_tab(kind.name).lazy:
                self._add_placeholder(kind.name)
        self.controller.twoVariableExpression.connect(self.show_two_variables)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        lesson = self.document
        lesson.view.events.tab.connect(self._show_tab)
        lesson.view.events.theme.connect(lambda name: name and self.set_theme(name, remember=False))
        self.function_list.activeChanged.connect(self.controller.set_active)
        self.function_list.typed.connect(self.controller.keystroke)
        self.presentation = PresentationMode(self, [self.function_dock, self.limit_dock])
        self.set_theme(self.theme_name, remember=False)
        self.add_action.triggered.connect(self.function_list.add_function)
        self.home_action.triggered.connect(lambda: self.controller.home(reset=True))
        self.focus_editor_action.triggered.connect(lambda: self.function_list.first_edit.setFocus())
        # Keys never edit an editor nobody sees (presentation mode hides the functions).
        for action in (self.focus_editor_action, self.add_action):
            self.function_dock.toggleViewAction().toggled.connect(action.setEnabled)
        self.export_action.triggered.connect(lambda: self.export_current())
        self.copy_action.triggered.connect(self.copy_figure)
        self.present_action.triggered.connect(self.presentation.toggle)
        self.focus_view_action.triggered.connect(self.focus_view)
        for action, kind in zip(self.tab_actions, view_kinds(), strict=False):
            action.triggered.connect(lambda _=False, name=kind.name: self.show_view(name))
        self._order_tabs()
        self.function_list.first_edit.setFocus()  # the lesson starts by typing a function
        self._fill_examples_menu()
        self.controller.home()
        self.controller.refresh_point()
        self._show_tab(self.document.view.tab)  # a lesson given at start opens on its view
        self._show_status(translate("MainWindow", "Settings ignored: {note}").format(note=settings.notes[-1])
                          if settings.notes else "")
        self.ready.emit()

    def _dock(self, title: str, name: str, area: QtCore.Qt.DockWidgetArea) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable)
        title_follows_text(dock)
        self.addDockWidget(area, dock)
        return dock

    def _make_actions(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        keys = QtGui.QKeySequence.StandardKey
        self.new_action = QtGui.QAction(translate("MainWindow", "&New"), self, shortcut=keys.New,
                                        objectName="newAction")
        self.open_action = QtGui.QAction(translate("MainWindow", "&Open…"), self, shortcut=keys.Open,
                                         objectName="openAction",
                                         toolTip=translate("MainWindow", "Open a saved lesson (.guicalc)"))
        self.save_action = QtGui.QAction(translate("MainWindow", "&Save"), self, shortcut=keys.Save,
                                         objectName="saveAction")
        self.save_as_action = QtGui.QAction(translate("MainWindow", "Save &As…"), self, shortcut=keys.SaveAs,
                                            objectName="saveAsAction")
        file_menu.addActions([self.new_action, self.open_action, self.save_action, self.save_as_action])
        file_menu.addSeparator()
        self.edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        # Placeholders until the undo stack exists (see _build_panels).
        self.undo_action = QtGui.QAction(translate("MainWindow", "Undo"), self, objectName="undoAction", enabled=False)
        self.redo_action = QtGui.QAction(translate("MainWindow", "Redo"), self, objectName="redoAction", enabled=False)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)

        add = QtGui.QAction(translate("MainWindow", "&Add function"), self, shortcut=QtGui.QKeySequence("Ctrl+Shift+N"),
                            toolTip=translate("MainWindow", "Add another function (Ctrl+Shift+N)"),
                            objectName="addFunctionAction")
        quit_ = QtGui.QAction(translate("MainWindow", "&Quit"), self, shortcut=QtGui.QKeySequence.StandardKey.Quit,
                              objectName="quitAction")
        quit_.triggered.connect(self.close)
        export = QtGui.QAction(translate("MainWindow", "&Export figure…"), self, shortcut=QtGui.QKeySequence("Ctrl+E"),
                               toolTip=translate("MainWindow", "Save the current figure as SVG, PDF or PNG (Ctrl+E)"),
                               objectName="exportAction")
        copy = QtGui.QAction(translate("MainWindow", "&Copy figure"), self, shortcut=QtGui.QKeySequence("Ctrl+Shift+C"),
                             objectName="copyFigureAction")
        animate = QtGui.QAction(translate("MainWindow", "Export &animation…"), self,
                                shortcut=QtGui.QKeySequence("Ctrl+Shift+E"),
                                toolTip=translate("MainWindow", "Save the secant, descent or backpropagation as GIF "
                                                                "or MP4 (Ctrl+Shift+E)"),
                                objectName="exportAnimationAction")
        animate.triggered.connect(self.export_animation)
        file_menu.addAction(add)
        file_menu.addAction(export)
        file_menu.addAction(animate)
        file_menu.addAction(copy)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        _with_fallback(quit_, "Ctrl+Q")  # some platforms (offscreen, Windows) bind no Quit key

        home = QtGui.QAction(translate("MainWindow", "⌂ Home"), self, shortcut=QtGui.QKeySequence("Ctrl+0"),
                             toolTip=translate("MainWindow", "Back to the default view of the curve (Ctrl+0)"),
                             objectName="homeAction")
        first = QtGui.QAction(translate("MainWindow", "Show f′"), self, checkable=True,
                              shortcut=QtGui.QKeySequence("Ctrl+1"),
                              objectName="showFirstAction")
        second = QtGui.QAction(translate("MainWindow", "Show f″"), self, checkable=True,
                               shortcut=QtGui.QKeySequence("Ctrl+2"),
                               objectName="showSecondAction")
        curve = self.document.curve
        first.setChecked(curve.show_first)
        second.setChecked(curve.show_second)
        first.toggled.connect(lambda on: setattr(curve, "show_first", on))
        second.toggled.connect(lambda on: setattr(curve, "show_second", on))
        curve.events.show_first.connect(lambda on: first.setChecked(on))
        curve.events.show_second.connect(lambda on: second.setChecked(on))
        focus_editor = QtGui.QAction(translate("MainWindow", "Edit function"), self,
                                     shortcut=QtGui.QKeySequence("Ctrl+L"),
                                     objectName="focusEditorAction")
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(focus_editor)
        self.focus_view_action = QtGui.QAction(self.tr("Focus the view"), self, shortcut=QtGui.QKeySequence("F6"),
                                               objectName="focusViewAction",
                                               toolTip=self.tr("Move the keyboard focus to the plot or graph, "
                                                               "where the arrow keys work"))
        self.edit_menu.addAction(self.focus_view_action)
        # Connected once the panels exist (see _build_panels).
        self.add_action, self.home_action, self.focus_editor_action = add, home, focus_editor
        present = QtGui.QAction(translate("MainWindow", "&Presentation mode"), self, shortcut=QtGui.QKeySequence("F5"),
                                toolTip=translate("MainWindow", "Full screen for a projector: large fonts, "
                                                                "thick lines (F5; Esc leaves)"),
                                objectName="presentationAction")
        self.theme_actions = QtGui.QActionGroup(self)
        theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
        titles = {"light": translate("MainWindow", "Light"), "dark": translate("MainWindow", "Dark"),
                  "projector": translate("MainWindow", "Projector")}
        for name in THEMES:
            action = QtGui.QAction(titles[name], self, checkable=True, data=name,
                                   objectName=f"theme{name.capitalize()}Action")
            action.setShortcut(QtGui.QKeySequence(f"Ctrl+Alt+{name[0].upper()}"))
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            self.theme_actions.addAction(action)
            theme_menu.addAction(action)
        self.export_action, self.copy_action, self.present_action = export, copy, present
        self.examples_menu = self.menuBar().addMenu(translate("MainWindow", "E&xamples"))
        present.setShortcuts([present.shortcut(), *QtGui.QKeySequence.keyBindings(keys.FullScreen)])
        for action in (home, first, second, present):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.tab_actions = [  # Alt+1 … Alt+9, in the registry's order
            QtGui.QAction(translate("MainWindow", "{title} view").format(title=translated(kind.title)), self,
                          shortcut=QtGui.QKeySequence(f"Alt+{i}"), objectName=f"tab{i}Action")
            for i, kind in enumerate(view_kinds()[:9], start=1)]
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        for dock, key in ((self.function_dock, "Ctrl+Shift+F"), (self.point_dock, "Ctrl+Shift+P"),
                          (self.limit_dock, "Ctrl+Shift+T")):
            dock.toggleViewAction().setShortcut(QtGui.QKeySequence(key))
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self._make_language_menu(view_menu)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = QtGui.QAction(translate("MainWindow", "&Keyboard shortcuts"), self,
                                              shortcut=keys.HelpContents, objectName="shortcutsAction")
        _with_fallback(self.shortcuts_action, "F1")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        toolbar.addAction(home)
        toolbar.addAction(add)
        toolbar.addAction(first)
        toolbar.addAction(second)
        toolbar.addAction(present)
        toolbar.addAction(export)
        for action in toolbar.actions():  # a toolbar button's tooltip names its keys
            shortcut = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
            if shortcut and shortcut not in action.toolTip():
                action.setToolTip(f"{action.toolTip()} ({shortcut})")

    def _make_language_menu(self, view_menu: QtWidgets.QMenu) -> None:
        """System, English, 한국어, 简体中文: kept in the settings, applied at the next start."""
        menu = self.language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        menu.setObjectName("languageMenu")
        note = menu.addAction(translate("MainWindow", "Takes effect when guicalc starts again"))
        note.setEnabled(False)
        menu.addSeparator()
        self.language_actions = QtGui.QActionGroup(self)
        chosen = i18n.chosen_language()
        names = {i18n.SYSTEM: translate("MainWindow", "System language"), **i18n.LANGUAGES}
        for code, name in names.items():
            action = QtGui.QAction(name, self, checkable=True, data=code, checked=code == chosen,
                                   objectName=f"language_{code}_Action")
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions.addAction(action)
            menu.addAction(action)

    def set_language(self, code: str) -> None:
        """Remember the interface language; the running window keeps its language until restarted."""
        i18n.choose_language(code)
        language = i18n.resolve(code)
        self._show_status(translate("MainWindow", "The interface will be in {language} when guicalc starts again.")
                          .format(language=i18n.LANGUAGES[language]))

    def plots(self) -> list:
        """Every view a theme restyles: the plots, the graphs, the 3D surface."""
        views = [self.curve_view, self.limit_panel.error_view]
        for widget in self.view_widgets.values():
            views += [view for view in themed_views(widget) if view not in views]
        return views

    def _fill_examples_menu(self) -> None:
        from guicalc.core.examples import EXAMPLES

        for group, examples in EXAMPLES:
            menu = self.examples_menu.addMenu(translated(group))
            for example in examples:
                action = menu.addAction(translated(example.title))
                action.triggered.connect(lambda _=False, e=example: self.open_example(e))

    def open_example(self, example: object) -> None:
        """Show an example of the notes: its function, point, settings and view."""
        doc = self.document
        while len(doc.functions) > 1:
            doc.functions.pop()
        doc.functions[0].text = example.expression
        curve = doc.curve
        curve.x_range = example.x_range
        curve.method, curve.dtype, curve.h, curve.steps = example.method, example.dtype, example.h, example.steps
        curve.x = example.x
        self.controller.home()
        tab = view_tab(example.view)
        if tab.show_example is not None:
            tab.show_example(self, example)
        if self.has_view(example.view):  # a lazy tab its example could not build stays unbuilt
            self.show_view(example.view)
        self._show_status(translate("MainWindow", "Example: {title}").format(title=translated(example.title)))

    @property
    def graph_panel(self) -> QtWidgets.QWidget:
        return self.view_widgets["graph"]

    @property
    def two_variable_panel(self) -> QtWidgets.QWidget | None:
        """None until the surface and field tab is first shown."""
        return self.view_widgets.get("surface")

    def _tab_index(self, name: str) -> int:
        """Where the view kind ``name`` goes in the tab bar: the registry's order."""
        order = [kind.name for kind in view_kinds()]
        return sum(1 for other in (*self.view_widgets, *self._placeholders)
                   if other in order and order.index(other) < order.index(name))

    def _add_placeholder(self, name: str) -> None:
        """The tab of ``name`` in the bar, built when first shown: building every tab with the
        window took 0.4 s of its start (and of every test's window)."""
        page = QtWidgets.QWidget(objectName=f"{name}Placeholder")
        self.tabs.insertTab(self._tab_index(name), page, translated(view_kind(name).title))
        self._placeholders[name] = page

    def _add_view(self, name: str) -> QtWidgets.QWidget:
        """Build the tab of the view kind ``name``, in its placeholder's place or in the registry's order."""
        widget = view_tab(name).make(self)
        self.view_widgets[name] = widget
        if getattr(self, "presentation", None) is not None:  # a tab built later takes the theme in use
            apply_theme(themed_views(widget), THEMES[self.theme_name])
        title = translated(view_kind(name).title)
        placeholder = self._placeholders.pop(name, None)
        if placeholder is None:
            self.tabs.insertTab(self._tab_index(name), widget, title)
        else:
            index = self.tabs.indexOf(placeholder)
            shown = self.tabs.currentIndex() == index
            blocker = QtCore.QSignalBlocker(self.tabs)  # one tab in another's place: no change of tab
            self.tabs.insertTab(index, widget, title)
            self.tabs.removeTab(index + 1)
            if shown:
                self.tabs.setCurrentIndex(index)
            del blocker
            placeholder.deleteLater()
        size_by_current_page(self.tabs)
        return widget

    def has_view(self, name: str) -> bool:
        """Whether the tab of ``name`` is in the bar (built or waiting to be)."""
        return name in self.view_widgets or name in self._placeholders

    def show_view(self, name: str) -> QtWidgets.QWidget:
        """The tab of the view kind ``name``, built the first time (Alt+1 … Alt+9)."""
        widget = self.view_widgets.get(name)
        if widget is None:
            widget = self._add_view(name)
        self.tabs.setCurrentWidget(widget)
        return widget

    def _show_tab(self, name: str) -> None:
        """Show the lesson's view. A lazy tab not built yet is shown once the lesson is in place
        (the surface tab is built then with the lesson's function, not the panel's example)."""
        widget = self.view_widgets.get(name) or self._placeholders.get(name)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)  # a placeholder is built as it is shown
        else:
            QtCore.QTimer.singleShot(0, self, lambda: self.document.view.tab == name and self.show_view(name))

    def _order_tabs(self) -> None:
        """Tab goes the way of the lesson: the function, the point on the plot, its controls,
        what they show; Ctrl+L comes back to the function."""
        p = self.point_panel
        chain = [self.function_list.first_edit, self.curve_view, p.x_spin, p.method_combo, p.dtype_combo,
                 p.h_slider, p.play_button, p.steps_spin, p.first_box, p.second_box, p.secant_box,
                 p.readout, p.secant_readout, self.limit_panel.table]
        for before, after in pairwise(chain):
            QtWidgets.QWidget.setTabOrder(before, after)

    def show_curve(self) -> None:
        self.show_view("curve")

    def show_graph(self) -> None:
        self.show_view("graph")

    def show_surface(self) -> None:
        """The surface and field tab; the first time, with the panel's own example f(x0, x1)."""
        self.show_view("surface")

    def focus_view(self) -> None:
        """Keyboard focus to the current tab's plot, where the arrow keys move things."""
        tab = self.tabs.currentWidget()
        view = getattr(tab, "keyboard_view", None) or getattr(tab, "view", tab)
        view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> QtWidgets.QDialog:
        """The cheat sheet (F1): every action's keys, read from the actions themselves."""
        from guicalc.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_tab_changed(self, _: int) -> None:
        waiting = next((name for name, page in self._placeholders.items() if page is self.tabs.currentWidget()), None)
        if waiting is not None:
            self._add_view(waiting)  # first shown: built now, in the placeholder's place
        current = self.tabs.currentWidget()
        self.document.view.tab = next(name for name, tab in self.view_widgets.items() if tab is current)
        size_by_current_page(self.tabs)
        self.show_docks_of_tab()

    def show_docks_of_tab(self) -> None:
        """The point and limit docks belong to the curve: other views get the room. In
        presentation mode the limit table stays hidden until asked for (Ctrl+Shift+T)."""
        on_curve = self.tabs.currentWidget() is self.curve_view
        self.point_dock.setVisible(on_curve)
        if not (self.presentation.active and on_curve):
            self.limit_dock.setVisible(on_curve and not self.presentation.active)

    def show_two_variables(self, expression: str | Parsed) -> None:
        """The surface and field views of f(x, y) (a text, or the lesson's function as
        parsed), built the first time they are needed (they bring OpenGL, which the start
        and most lessons do without)."""
        from guicalc.core.parse import ParseError
        from guicalc.core.surface import drawable

        try:
            expression = drawable(expression)
        except ParseError as exc:
            self._show_status(located(exc))
            return
        panel = self._add_view("surface") if self.two_variable_panel is None else self.two_variable_panel
        try:
            panel.set_expression(expression)
        except ParseError as exc:
            self._show_status(located(exc))
            return
        self.show_view("surface")

    def take_focus_back(self) -> None:
        """After Qt recreated the native window (the first 3D view), which loses the keyboard focus."""
        self.activateWindow()
        if QtWidgets.QApplication.focusWidget() is None:
            self.focus_view()

    def _replace_action(self, placeholder: QtGui.QAction, action: QtGui.QAction,
                        keys: QtGui.QKeySequence.StandardKey) -> QtGui.QAction:
        action.setShortcuts(keys)
        action.setObjectName(placeholder.objectName())
        self.edit_menu.insertAction(placeholder, action)
        self.edit_menu.removeAction(placeholder)
        placeholder.deleteLater()
        placeholder.setObjectName("")
        return action

    def current_figure(self) -> QtWidgets.QWidget:
        """The figure of the current tab: its view without the panel's buttons (the view
        clicked last where there are two: curve or limit panel, surface or field)."""
        tab = self.tabs.currentWidget()
        if tab is self.curve_view and self.limit_dock.isVisible():
            self.controller.settle()  # the limit panel as it rests, not between two moves of the point
            return self._clicked_curve.current
        return getattr(tab, "view", tab)

    def set_theme(self, name: str, remember: bool = True) -> None:
        """Light, dark or projector; ``remember`` stores the choice for the next start."""
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
        self.theme_name = name
        self.document.view.theme = name
        apply_theme(self.plots(), THEMES[name])
        if remember:
            settings.set_value("theme", name)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == name)

    def export_current(self, widget: QtWidgets.QWidget | None = None) -> None:
        """Ask for a file and write the current figure as SVG, PDF or PNG (1×, 2×, 4×)."""
        from guicalc.export.figure import ExportError, export

        widget = widget or self.current_figure()
        svg = translate("MainWindow", "SVG vector graphics (*.svg)")
        pdf = translate("MainWindow", "PDF document (*.pdf)")
        png = translate("MainWindow", "PNG image {scale}× (*.png)")
        filters = {svg: 1, pdf: 1, **{png.format(scale=scale): scale for scale in (1, 2, 4)}}
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(self, translate("MainWindow", "Export figure"),
                                                             "figure.svg", ";;".join(filters))
        if not path:
            return
        if chosen == pdf and not path.lower().endswith(".pdf"):
            path += ".pdf"
        elif chosen in filters and chosen not in (svg, pdf) and not path.lower().endswith(".png"):
            path += ".png"
        try:
            export(widget, path, filters.get(chosen, 1))
        except ExportError as exc:
            dialogs.warn(self, translate("MainWindow", "Export failed"), translated(exc.args[0]))
            return
        self._show_status(translate("MainWindow", "Exported {path}").format(path=path))

    def export_animation(self) -> None:
        """Ask what to animate and write it as GIF, APNG or MP4 (guicalc.ui.animation_export)."""
        from guicalc.ui.animation_export import ask_and_export

        ask_and_export(self)

    def copy_figure(self) -> None:
        from guicalc.export.figure import copy_to_clipboard

        copy_to_clipboard(self.current_figure())
        self._show_status(translate("MainWindow", "Figure copied (SVG and image)"))

    def autosave_now(self) -> None:
        """Write the autosave now (the crash handler calls this)."""
        if self.files is not None:
            self.files.autosave_now()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self.files is not None:
            if not self.files.may_discard():
                event.ignore()
                return
            self.files.finish()
        if self.controller is not None:
            self.controller.shutdown()
        super().closeEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() == QtCore.Qt.Key.Key_Escape and self.controller and self.presentation.active:
            self.presentation.leave()
            return
        super().keyPressEvent(event)

    def _show_status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message)
        else:
            self.statusBar().clearMessage()


def _with_fallback(action: QtGui.QAction, keys: str) -> None:
    """Give ``action`` these keys if its standard key has no binding on this platform."""
    if action.shortcut().isEmpty():
        action.setShortcut(QtGui.QKeySequence(keys))


class _FirstPaint(QtCore.QObject):
    """Calls ``then`` once, on the event-loop turn after ``window`` is first painted."""

    def __init__(self, window: QtWidgets.QWidget, then: object) -> None:
        super().__init__(window)
        self.then = then
        QtWidgets.QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and isinstance(watched, QtWidgets.QWidget) \
                and watched.window() is self.parent():
            QtWidgets.QApplication.instance().removeEventFilter(self)
            QtCore.QTimer.singleShot(0, self.then)
        return False


class _BuiltOnAccess(dict):
    """The window's built tabs; ``tabs[name]`` builds one still waiting in the bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, name: str) -> QtWidgets.QWidget:
        if name in self._window._placeholders:
            return self._window._add_view(name)
        raise KeyError(name)
