"""The trainee's coach, under the training band: pick a guided scenario, follow its steps with
their progress, ask for a hint, see a mistake explained as soon as it is noticed, answer a
question step, and read the summary at the end (time, hints, mistakes).

Only a training window gets it (installed with the band's controls, never on a production
terminal). The UI thread only paints: the coach (Qt-free, reached through the training
terminal's `coach`) checks the real state on the task runner every CHECK_EVERY_MS and after
each sync; starting a scenario resets the practice store as the band's reset does."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.enums import Role
from clienteling.domain.training import fill

from .coach_pages import ScenarioPicker, ScenarioRun, ScenarioSummary, scenario_text
from .fit import wrapped

CHECK_EVERY_MS = 1500
BODY_SHARE = 0.48  # at most this much of the window's height; the screen below keeps the rest


class NotTraining(RuntimeError):
    """The coach was asked for on a window that is not a training terminal's."""


class Pages(QWidget):
    """One page shown at a time, as tall as that page (a stacked widget is as tall as its
    tallest page)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.shown: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:
        self.box.addWidget(page)
        page.setVisible(self.shown is None)
        self.shown = self.shown or page

    def currentWidget(self) -> QWidget | None:
        return self.shown

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # What the page needs at this width, so its scroll area scrolls instead of squeezing
        # its rows (as fit.Page does for the screens).
        return self.box.totalMinimumHeightForWidth(width)

    def setCurrentWidget(self, page: QWidget) -> None:
        for i in range(self.box.count()):
            other = self.box.itemAt(i).widget()
            if other is not page:
                other.hide()
        page.show()
        self.shown = page


class Body(QScrollArea):
    """Scrolls the page shown; as tall as that page needs, up to its maximum height."""

    def sizeHint(self) -> QSize:
        stack = self.widget()
        page = stack.currentWidget() if stack is not None else None
        if page is None:
            return super().sizeHint()
        width = max(self.viewport().width(), 200)
        needed = max(stack.heightForWidth(width), page.minimumSizeHint().height())
        return QSize(
            super().sizeHint().width(),
            min(needed + 2 * self.frameWidth() + 6, self.maximumHeight()),
        )


class CoachPanel(QFrame):
    """Emits `checked(progress)` after each check painted, `finished(summary)` once a
    scenario is done, `started(scenario)` once its practice store is ready."""

    started = Signal(object)
    checked = Signal(object)
    finished = Signal(object)

    def __init__(self, window, control, controls) -> None:
        super().__init__()
        self.setObjectName("coachPanel")
        self.window, self.control, self.controls = window, control, controls
        self.coach = None  # made on the worker (it reads the scenario files)
        self.scenario = None  # the one under way (or just finished)
        self.progress = None  # the coach's last answer
        self.summary = None
        self.hint_text = ""
        self.hint_step = None  # the step the hint is for
        self.checking = False
        self.starting = False
        self.stopped = ""  # why the last scenario stopped before its end
        self.mistakes_seen = 0
        self.open = True

        self.title = wrapped(QLabel())
        self.title.setObjectName("coachTitle")
        self.now = wrapped(QLabel())  # the step to do now, also when the body is folded
        self.now.setObjectName("coachNow")
        self.hint_button = QPushButton(self.tr("Hint"))
        self.hint_button.setObjectName("coachButton")
        self.hint_button.clicked.connect(self.ask_hint)
        self.fold_button = QPushButton()
        self.fold_button.setObjectName("coachButton")
        self.fold_button.clicked.connect(lambda: self.set_open(not self.open))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(8)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.now)
        head.addLayout(words, 1)
        head.addWidget(self.hint_button)
        head.addWidget(self.fold_button)

        self.picker = ScenarioPicker()
        self.run_page = ScenarioRun()
        self.summary_page = ScenarioSummary()
        self.pages = Pages()
        self.pages.setObjectName("coachPages")
        for page in (self.picker, self.run_page, self.summary_page):
            self.pages.addWidget(page)
        self.body = Body()
        self.body.setObjectName("coachBody")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(
            self.body.horizontalScrollBarPolicy().ScrollBarAlwaysOff
        )
        self.body.setWidget(self.pages)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(self.body)

        self.picker.start.connect(self.start)
        self.run_page.answered.connect(self.answer)
        self.run_page.stop.connect(self.stop)
        self.summary_page.again.connect(lambda: self.start(self.scenario))
        self.summary_page.next.connect(self.start_next)
        self.summary_page.pick.connect(self.show_picker)
        self.summary_page.record.connect(self.record_result)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        window.synced.connect(lambda _status: self.check_now())
        window.screen_changed.connect(self._screen_changed)
        self.scenarios: list = []
        self.every: list = []  # every scenario, in file order
        self._paint()
        window.runner.run(control.coach, key="coach-load", done=self._loaded)

    def _loaded(self, coach) -> None:
        self.coach = coach
        self.every = list(coach.scenarios_in_order)
        self._paint()

    @classmethod
    def install(cls, window, control, controls) -> CoachPanel:
        """Under the band, above the status strip (the window's column, not its code).
        Only in a training window: NotTraining for any other."""
        if window.training_band.isHidden():
            raise NotTraining("the coach is for a training terminal only")
        panel = cls(window, control, controls)
        column = window.centralWidget().layout()
        column.insertWidget(column.indexOf(window.training_band) + 1, panel)
        controls.was_reset.connect(panel._store_reset)
        return panel

    # --- what the trainee may practise -------------------------------------------------------

    @property
    def role(self) -> str | None:
        session = self.window.session
        return session.role if session is not None else None

    def _screen_changed(self, _name: str) -> None:
        if self.role is None:
            self.timer.stop()
        elif self.scenario is not None and self.summary is None:
            self.timer.start()
        self._paint()

    def _listed(self) -> tuple[list, int]:
        """The scenarios for the signed-in role, and how many are kept for managers."""
        every = self.every
        if self.role == Role.MANAGER:
            return list(every), 0
        mine = [s for s in every if s.role != Role.MANAGER]
        return mine, len(every) - len(mine)

    def show_picker(self) -> None:
        self.scenario, self.progress, self.summary = None, None, None
        self.timer.stop()
        self.set_open(True)
        self._paint()

    # --- a scenario ------------------------------------------------------------------------

    def start(self, scenario) -> None:
        """A fresh practice store for `scenario` (as the band's reset: sign-in follows)."""
        if scenario is None or self.starting:
            return
        self.starting, self.stopped = True, ""
        self.scenario, self.progress, self.summary = scenario, None, None
        self.hint_text, self.hint_step = "", None
        self.mistakes_seen = 0
        self.run_page.show_answer("")
        self.timer.stop()
        self._paint()
        stage = self.tr("Preparing the practice store for “{title}”").format(
            title=scenario_text(scenario.title)
        )
        self.controls.reset(lambda: self.coach.start(scenario.id), self._started, stage)

    def _started(self, progress) -> None:
        self.starting = False
        self.progress = progress
        self._paint()
        self.started.emit(self.scenario)

    def _store_reset(self) -> None:
        """The band's own reset (not a scenario's start) ends the scenario under way: its
        setup and the state it compared with are gone. Say so, then the list."""
        if not self.starting and self.scenario is not None and self.summary is None:
            title = scenario_text(self.scenario.title)
            self.stop()
            self.stopped = self.tr(
                "The practice store was reset, so “{title}” stopped. Start it again to practise it."
            ).format(title=title)
            self._paint()

    def start_next(self) -> None:
        listed, _hidden = self._listed()
        ids = [s.id for s in listed]
        if self.scenario is not None and self.scenario.id in ids:
            after = listed[(ids.index(self.scenario.id) + 1) % len(listed)]
            self.start(after)

    def stop(self) -> None:
        if self.coach is not None:
            self.runner.run(self.coach.stop, key="coach")
        self.show_picker()

    @property
    def runner(self):
        return self.window.runner

    def check_now(self) -> None:
        """Ask the coach what is done now (off the UI thread); one check at a time."""
        if (
            self.scenario is None
            or self.coach is None
            or self.summary is not None
            or self.starting
            or self.checking
            or self.window.services is None
        ):
            return
        self.checking = True
        self.runner.run(
            self.coach.check, key="coach-check", done=self._checked, failed=self._check_failed
        )

    def _checked(self, progress) -> None:
        self.checking = False
        if self.scenario is None or self.starting or progress is None:
            return
        if progress.interrupted:  # the store was reset under it (by the band, or a command)
            self._store_reset()
            return
        self.progress = progress
        if progress.finished:
            self.timer.stop()
            self.runner.run(self.coach.summary, key="coach", done=self._summed)
        self._paint()
        self.checked.emit(progress)

    def _check_failed(self, _message: str) -> None:
        self.checking = False

    def _summed(self, summary) -> None:
        self.summary = summary
        self.set_open(True)
        self._paint()
        self.finished.emit(summary)

    def record_result(self, employee_id: str) -> None:
        """Keep the finished scenario's result for the trainee's manager (a file, on a worker)."""
        summary = self.summary
        if summary is None:
            return
        self.runner.run(
            self.control.record_result,
            employee_id,
            summary,
            key="coach-record",
            done=lambda _path: self.summary_page.recorded(employee_id),
            failed=self.summary_page.record_failed,
        )

    def ask_hint(self) -> None:
        if self.scenario is not None and self.summary is None:
            self.runner.run(self.coach.hint, key="coach", done=self._hinted)

    def _hinted(self, hint: str) -> None:
        current = self.progress.current if self.progress is not None else None
        self.hint_step = current.id if current is not None else None
        self.hint_text = self.text(hint)
        self.set_open(True)
        self._bring_into_view(self.run_page.hint)
        self._paint()

    def answer(self, choice: int) -> None:
        question = self._question()
        self.runner.run(
            self.coach.answer,
            choice,
            key="coach",
            done=lambda right: self._answered(right, question),
        )

    def _question(self):
        current = self.progress.current if self.progress is not None else None
        return current.question if current is not None else None

    def _answered(self, right: bool, question) -> None:
        if right and question is not None:
            self.run_page.show_answer(
                self.tr("Right: {why}").format(why=self.text(question.explanation))
            )
        self.check_now()

    # --- painting ----------------------------------------------------------------------------

    def set_open(self, open_: bool) -> None:
        self.open = open_
        self._paint()

    def resizeEvent(self, event) -> None:
        self._limit()
        super().resizeEvent(event)

    def _limit(self) -> None:
        window = self.window
        self.body.setMaximumHeight(max(160, int(window.height() * BODY_SHARE)))

    def _bring_into_view(self, widget) -> None:
        """Scroll the body to `widget` once the layout has placed it."""
        QTimer.singleShot(0, self, lambda: self.body.ensureWidgetVisible(widget, 0, 8))

    def _show_page(self, page) -> None:
        """The body shows the page from its top, as tall as the page needs."""
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            self.body.verticalScrollBar().setValue(0)
        self.body.updateGeometry()

    def _paint(self) -> None:
        signed_in = self.role is not None
        running = self.scenario is not None
        self.hint_button.setVisible(running and self.summary is None and signed_in)
        self.fold_button.setVisible(signed_in or running)
        self.fold_button.setText(
            self.tr("Hide the coach") if self.open else self.tr("Show the coach")
        )
        self.body.setVisible(self.open and (signed_in or running))
        self._limit()
        if self.starting:
            self.title.setText(
                self.tr("Preparing the practice store for “{title}”…").format(
                    title=scenario_text(self.scenario.title)
                )
            )
            self.now.setText("")
            self.body.hide()
            return
        if not running:
            self.title.setText(self.tr("Guided scenarios"))
            self.now.setText(
                self.stopped
                or (
                    self.tr("Pick a scenario to practise.")
                    if signed_in
                    else self.tr("Sign in to pick a scenario to practise.")
                )
            )
            if signed_in:
                self.scenarios, hidden = self._listed()
                chosen = self.picker.chosen()
                self.picker.show_scenarios(self.scenarios, hidden)
                if chosen is not None:
                    self.picker.choose(chosen.id)
            self._show_page(self.picker)
            return
        title = scenario_text(self.scenario.title)
        self.title.setText(self.tr("Scenario: {title}").format(title=title))
        if self.summary is not None:
            self._paint_summary(title)
            return
        self._paint_run()

    def text(self, template: str) -> str:
        """A scenario text in the app's language, its placeholders filled for this run."""
        values = self.progress.values if self.progress is not None else {}
        return fill(scenario_text(template), values)

    def _paint_run(self) -> None:
        steps = self.scenario.steps
        progress = self.progress
        rows, current = [], None
        for i, step in enumerate(steps):
            if progress is None:
                state = "current" if i == 0 else "todo"
            else:
                p = progress.steps[i]
                state = "done" if p.done or p.skipped else "current" if p.current else "todo"
            if state == "current" and current is None:
                current = i
            rows.append((self.text(step.title), state))
        page = self.run_page
        page.show_goal(self.text(self.scenario.goal))
        page.show_steps(rows)
        if self.window.session is None:
            self.now.setText(self.tr("Sign in to go on with this scenario."))
        elif current is not None:
            self.now.setText(
                self.tr("Step {n} of {total}: {step}").format(
                    n=current + 1, total=len(steps), step=rows[current][0]
                )
            )
        else:
            self.now.setText("")
        step_id = steps[current].id if current is not None else None
        page.show_hint(self.hint_text if step_id == self.hint_step else "")
        mistakes = progress.mistakes if progress is not None else ()
        page.show_mistakes([self.text(m.explanation) for m in mistakes])
        if len(mistakes) > self.mistakes_seen:  # a new one: bring it into view
            self.mistakes_seen = len(mistakes)
            self._bring_into_view(page.mistakes)
        question = steps[current].question if current is not None else None
        if question is not None and self.window.session is not None:
            page.show_question(self.text(question.text), list(question.choices), self.text)
        else:
            page.show_question("", [], self.text)
        self._show_page(page)

    def _paint_summary(self, title: str) -> None:
        s = self.summary
        listed, _hidden = self._listed() if self.role else ([], 0)
        self.now.setText(self.tr("Finished."))
        self.summary_page.show_summary(
            title,
            s.seconds,
            s.hints_used,
            [self.text(m.explanation) for m in s.mistakes],
            len(listed) > 1,
        )
        self._show_page(self.summary_page)


__all__ = ["CHECK_EVERY_MS", "CoachPanel", "NotTraining"]
