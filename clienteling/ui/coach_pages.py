"""The coach panel's pages: the scenarios to pick from, a scenario under way (its goal, its
steps with progress, the hint, the mistakes noticed, a question's choices) and the summary.

They only paint what the coach (clienteling.training, no Qt) says and forward the trainee's
taps; the panel (ui.coach) runs the coach's work on the task runner."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import formats
from .fit import flow_row, wrapped
from .theme import MIN_TOUCH, set_role


def scenario_text(text: str) -> str:
    """A scenario's words in the app's language (the scenario files' own context)."""
    return QCoreApplication.translate("TrainingScenario", text) if text else ""


class ScenariosModel(QAbstractListModel):
    """The scenarios the signed-in associate may practise: title, then the goal under it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        scenario = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            goal = scenario_text(scenario.goal)
            if "{" in goal:  # its shopper and item are chosen when it starts
                goal = QCoreApplication.translate(
                    "ScenarioPicker", "%n step(s)", "", len(scenario.steps)
                )
            return f"{scenario_text(scenario.title)}\n{goal}"
        if role == Qt.ItemDataRole.UserRole:
            return scenario
        return None


class ScenarioPicker(QWidget):
    """Which scenario to practise, and why some are not listed."""

    start = Signal(object)  # the scenario

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ScenariosModel(self)
        self.view = QListView()
        self.view.setObjectName("coachScenarios")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMinimumHeight(150)
        self.view.setSpacing(3)
        self.absent = wrapped(set_role(QLabel(), "hint"))
        self.absent.hide()
        self.start_button = QPushButton(self.tr("Start this scenario"))
        set_role(self.start_button, "primary")
        self.start_button.setEnabled(False)
        self.view.selectionModel().currentChanged.connect(
            lambda *_: self.start_button.setEnabled(self.chosen() is not None)
        )
        self.view.doubleClicked.connect(lambda _i: self._start())
        self.start_button.clicked.connect(self._start)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        box.addWidget(self.absent)
        box.addWidget(flow_row(self.start_button))

    def show_scenarios(self, scenarios: list, hidden: int) -> None:
        """`hidden`: how many scenarios are for managers only (the signed-in associate is not)."""
        self.model.set_rows(scenarios)
        if scenarios:
            self.view.setCurrentIndex(self.model.index(0))
        self.start_button.setEnabled(bool(scenarios))
        self.absent.setVisible(hidden > 0)
        self.absent.setText(
            self.tr(
                "%n scenario(s) for managers are not listed: they practise what only a "
                "manager may do (such as erasing a shopper). Sign in as a manager to see them.",
                "",
                hidden,
            )
        )

    def chosen(self):
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def choose(self, scenario_id: str) -> bool:
        for row, scenario in enumerate(self.model.rows):
            if scenario.id == scenario_id:
                self.view.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _start(self) -> None:
        scenario = self.chosen()
        if scenario is not None:
            self.start.emit(scenario)


class ChoiceButton(QPushButton):
    """A question's choice: a touch-sized toggle whose words wrap (a choice may be a sentence,
    longer in some languages than a narrow window is wide)."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setMinimumHeight(MIN_TOUCH)  # layouts measure it by its inner layout: keep 44
        self.setAccessibleName(text)
        self.label = wrapped(QLabel(text))
        self.label.setObjectName("coachChoice")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 8, 18, 8)
        box.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def words(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_TOUCH, self.layout().totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width() + 36, self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, MIN_TOUCH)


class StepRow(QLabel):
    """One step: ✓ done, ▶ the one to do now, ○ still to do."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        wrapped(self)
        self.setObjectName("coachStep")

    def show_step(self, number: int, text: str, state: str) -> None:
        mark = {"done": "✓", "current": "▶", "todo": "○"}[state]
        self.setText(f"{mark} {number}. {text}")
        set_role(self, state, "step")


class ScenarioRun(QWidget):
    """A scenario under way."""

    answered = Signal(int)  # the choice the trainee picked
    stop = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.goal = wrapped(QLabel())
        self.goal.setObjectName("coachGoal")
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(4)
        self.rows: list[StepRow] = []
        self.hint = wrapped(set_role(QLabel(), "info"))
        self.hint.setObjectName("coachHint")
        self.hint.hide()
        self.mistakes = wrapped(set_role(QLabel(), "error"))
        self.mistakes.setObjectName("coachMistakes")
        self.mistakes.hide()
        # A question step: the question, its choices as touch-sized buttons, then Answer.
        self.question_box = QFrame()
        self.question_box.setObjectName("coachQuestion")
        self.question = wrapped(QLabel())
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choice_row = QVBoxLayout()
        self.choice_row.setSpacing(6)
        self.answer_button = QPushButton(self.tr("Answer"))
        set_role(self.answer_button, "primary")
        self.answer_button.setEnabled(False)
        self.answer_button.clicked.connect(self._answer)
        self.choices.buttonToggled.connect(
            lambda *_: self.answer_button.setEnabled(self.choices.checkedButton() is not None)
        )
        q = QVBoxLayout(self.question_box)
        q.setContentsMargins(0, 4, 0, 4)
        q.addWidget(self.question)
        q.addLayout(self.choice_row)
        q.addWidget(flow_row(self.answer_button))
        self.question_box.hide()
        self.feedback = wrapped(set_role(QLabel(), "info"))  # a right answer, and why
        self.feedback.setObjectName("coachFeedback")
        self.feedback.hide()
        self.stop_button = QPushButton(self.tr("Stop this scenario"))
        self.stop_button.clicked.connect(self.stop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.goal)
        box.addLayout(self.steps_box)
        box.addWidget(self.question_box)  # first: what the trainee has to do now
        box.addWidget(self.feedback)
        box.addWidget(self.mistakes)
        box.addWidget(self.hint)
        box.addWidget(flow_row(self.stop_button))
        box.addStretch(1)
        self.choice_key = ""  # the question shown, so a check does not clear the trainee's pick

    def show_goal(self, goal: str) -> None:
        self.goal.setText(self.tr("Goal: {goal}").format(goal=goal))

    def show_steps(self, steps: list[tuple[str, str]]) -> None:
        """(text, state) per step, in order."""
        while len(self.rows) < len(steps):
            row = StepRow()
            self.rows.append(row)
            self.steps_box.addWidget(row)
        for i, row in enumerate(self.rows):
            row.setVisible(i < len(steps))
            if i < len(steps):
                row.show_step(i + 1, *steps[i])

    def show_hint(self, text: str) -> None:
        self.hint.setText(self.tr("Hint: {hint}").format(hint=text))
        self.hint.setVisible(bool(text))

    def show_mistakes(self, mistakes: list[str]) -> None:
        self.mistakes.setText("\n".join(f"✗ {m}" for m in mistakes))
        self.mistakes.setVisible(bool(mistakes))

    def show_question(self, question: str, choices: list[str], text=scenario_text) -> None:
        """A question step's choices (shown once; the trainee's pick stays across checks)."""
        key = question + "\0" + "\0".join(choices)
        self.question_box.setVisible(bool(question))
        if key == self.choice_key:
            return
        self.choice_key = key
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            button.deleteLater()
        self.question.setText(question)
        for i, choice in enumerate(choices):
            button = ChoiceButton(text(choice))
            button.setProperty("choice", i)
            set_role(button, "choice")
            self.choices.addButton(button)
            self.choice_row.addWidget(button)
            button.show()  # now, not at the layout's next turn: the trainee may tap at once
        self.answer_button.setEnabled(False)

    def show_answer(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def choice_buttons(self) -> list[QPushButton]:
        return list(self.choices.buttons())

    def _answer(self) -> None:
        button = self.choices.checkedButton()
        if button is not None:
            self.answered.emit(int(button.property("choice")))


class ScenarioSummary(QWidget):
    """The end of a scenario: its time, the hints used, the mistakes; try again or go on."""

    again = Signal()
    next = Signal()
    pick = Signal()
    record = Signal(str)  # the trainee's real employee id: keep the result for their manager

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = wrapped(set_role(QLabel(), "subtitle"))
        # The practice chain's associates are not real people: the trainee gives their own id.
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Your employee ID"))
        self.employee.setMaxLength(64)
        self.employee.setMinimumHeight(MIN_TOUCH)
        room = self.employee.fontMetrics().horizontalAdvance(self.employee.placeholderText())
        self.employee.setMinimumWidth(room + 32)  # the words it asks for, never elided
        self.employee.returnPressed.connect(self._record)
        self.record_button = QPushButton(self.tr("Keep for my manager"))
        self.record_button.setObjectName("coachButton")
        self.record_button.clicked.connect(self._record)
        self.record_note = wrapped(set_role(QLabel(), "hint"))
        self.figures = wrapped(QLabel())
        self.figures.setObjectName("coachFigures")
        self.mistakes = wrapped(set_role(QLabel(), "hint"))
        self.again_button = QPushButton(self.tr("Try again"))
        self.next_button = QPushButton(self.tr("Next scenario"))
        set_role(self.next_button, "primary")
        self.pick_button = QPushButton(self.tr("All scenarios"))
        self.again_button.clicked.connect(self.again)
        self.next_button.clicked.connect(self.next)
        self.pick_button.clicked.connect(self.pick)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.figures)
        box.addWidget(self.mistakes)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        box.addWidget(flow_row(self.employee, self.record_button))
        box.addWidget(self.record_note)
        box.addWidget(flow_row(self.again_button, self.next_button, self.pick_button))
        box.addLayout(row)
        box.addStretch(1)

    def show_summary(
        self, title: str, seconds: float, hints: int, mistakes: list[str], has_next: bool
    ) -> None:
        self.title.setText(self.tr("Done: {title}").format(title=title))
        took = formats.duration(seconds)
        self.figures.setText(
            self.tr("Time: {time} · Hints used: {hints} · Mistakes: {mistakes}").format(
                time=took, hints=hints, mistakes=len(mistakes)
            )
        )
        self.mistakes.setText(
            "\n".join(f"✗ {m}" for m in mistakes)
            if mistakes
            else self.tr("No mistakes: well done.")
        )
        self.next_button.setVisible(has_next)
        self.record_button.setEnabled(True)
        self.record_note.setText(
            self.tr(
                "Your result reaches your manager when you next sign in at a store terminal "
                "of this machine."
            )
        )

    def _record(self) -> None:
        employee = self.employee.text().strip()
        if not employee:
            self.record_note.setText(self.tr("Type your own employee ID first."))
            self.employee.setFocus()
            return
        self.record_button.setEnabled(False)
        self.record.emit(employee)

    def recorded(self, employee: str) -> None:
        self.record_note.setText(
            self.tr(
                "Kept for {employee}: it reaches your manager when {employee} next signs in "
                "at a store terminal of this machine."
            ).format(employee=employee)
        )

    def record_failed(self, why: str) -> None:
        self.record_button.setEnabled(True)
        self.record_note.setText(self.tr("The result was not kept: {why}").format(why=why))
