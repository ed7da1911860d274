// SPDX-License-Identifier: MIT
#include "gui/constraintseditor.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/decision/constraints.h"
#include "gui/decimalspinbox.h"
#include "gui/language.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

constexpr int OperatorRole = Qt::UserRole; ///< canonical operator text, e.g. ">=" or "== true"
constexpr int ValueKindRole = Qt::UserRole + 1;
constexpr double NumberLimit = 1e12;

/** An ordinal level as a word in the window's language: "contact_only" → "contact only". */
QString levelText(const std::string& level)
{
    return displayLevel(level);
}

QString valueText(const ms::FactValue& value, const ms::Criterion* criterion)
{
    switch (value.kind) {
    case ms::FactValue::Kind::Boolean:
        return value.boolean ? ConstraintsEditor::tr("yes") : ConstraintsEditor::tr("no");
    case ms::FactValue::Kind::Text:
        return levelText(value.text);
    case ms::FactValue::Kind::Number:
        // The number and its unit stay on one line when the text wraps.
        if (criterion != nullptr && !criterion->unit.empty())
            return formatFactValue(value, {}) + QChar(0x00A0) + displayUnit(criterion->unit);
        return formatFactValue(value, {});
    default:
        return formatFactValue(value, std::string());
    }
}

} // namespace

QString describeConstraint(const ms::Constraint& constraint, const ms::Catalog& catalog)
{
    const ms::Criterion* criterion = catalog.criterion(constraint.criterionId);
    const QString name = criterion ? qs(criterion->label.get(catalogLanguage())) : qs(constraint.criterionId);
    QStringList values;
    for (const ms::FactValue& value : constraint.values)
        values << valueText(value, criterion);
    const QString joined = values.join(QStringLiteral(", "));
    switch (constraint.op) {
    case ms::ConstraintOp::Equal: return ConstraintsEditor::tr("%1 is %2").arg(name, joined);
    case ms::ConstraintOp::NotEqual: return ConstraintsEditor::tr("%1 is not %2").arg(name, joined);
    case ms::ConstraintOp::AtLeast: return ConstraintsEditor::tr("%1 at least %2").arg(name, joined);
    case ms::ConstraintOp::AtMost: return ConstraintsEditor::tr("%1 at most %2").arg(name, joined);
    case ms::ConstraintOp::In: return ConstraintsEditor::tr("%1 is one of %2").arg(name, joined);
    }
    return qs(constraint.toString());
}

QString describeViolation(const ms::Constraint& constraint, const ms::Catalog& catalog, const ms::Fact* fact)
{
    const QString must = describeConstraint(constraint, catalog);
    if (fact == nullptr || !fact->value.isKnown())
        return ConstraintsEditor::tr("%1: unknown").arg(must);
    return ConstraintsEditor::tr("%1: it is %2").arg(must, valueText(fact->value, catalog.criterion(constraint.criterionId)));
}

ConstraintsEditor::ConstraintsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    QLabel* hint = plainLabel(tr("Alternatives that fail a must-have leave the ranking. An unknown fact fails."), this);
    hint->setObjectName(QStringLiteral("constraintsHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_listFrame = new QFrame(this);
    m_listFrame->setObjectName(QStringLiteral("constraintsList"));
    m_listFrame->setFrameShape(QFrame::StyledPanel);
    m_listFrame->setBackgroundRole(QPalette::Base);
    m_listFrame->setAutoFillBackground(true);
    m_listFrame->setAccessibleName(tr("Active must-haves"));
    m_listLayout = new QVBoxLayout(m_listFrame);
    m_listLayout->setContentsMargins(8, 4, 4, 4);
    m_listLayout->setSpacing(3);
    m_emptyLabel = plainLabel(tr("None yet: every alternative is ranked."), m_listFrame);
    m_emptyLabel->setObjectName(QStringLiteral("constraintsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setContentsMargins(0, 4, 0, 4);
    m_listLayout->addWidget(m_emptyLabel);
    layout->addWidget(m_listFrame);

    layout->addSpacing(6);
    QLabel* addHeading = plainLabel(tr("Add a must-have"), this);
    QFont headingFont = addHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    addHeading->setFont(headingFont);
    layout->addWidget(addHeading);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);

    QLabel* criterionLabel = plainLabel(tr("&Criterion:"), this);
    criterionLabel->setTextFormat(Qt::PlainText);
    m_criterionBox = new QComboBox(this);
    m_criterionBox->setObjectName(QStringLiteral("constraintCriterionBox"));
    m_criterionBox->setAccessibleName(tr("Must-have criterion"));
    m_criterionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_criterionBox->setMinimumContentsLength(10);
    criterionLabel->setBuddy(m_criterionBox);
    grid->addWidget(criterionLabel, 0, 0);
    grid->addWidget(m_criterionBox, 0, 1, 1, 2);

    QLabel* conditionLabel = plainLabel(tr("C&ondition:"), this);
    m_operatorBox = new QComboBox(this);
    m_operatorBox->setObjectName(QStringLiteral("constraintOperatorBox"));
    m_operatorBox->setAccessibleName(tr("Must-have condition"));
    m_operatorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    conditionLabel->setBuddy(m_operatorBox);

    m_valueStack = new QStackedWidget(this);
    m_noValuePage = new QWidget(m_valueStack);
    m_valueStack->addWidget(m_noValuePage);

    m_numberEditor = new DecimalSpinBox(m_valueStack);
    m_numberEditor->setObjectName(QStringLiteral("constraintNumberEditor"));
    m_numberEditor->setAccessibleName(tr("Must-have value"));
    m_numberEditor->setRange(0.0, NumberLimit);
    m_numberEditor->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_numberEditor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueStack->addWidget(m_numberEditor);

    m_levelBox = new QComboBox(m_valueStack);
    m_levelBox->setObjectName(QStringLiteral("constraintLevelBox"));
    m_levelBox->setAccessibleName(tr("Must-have level"));
    m_valueStack->addWidget(m_levelBox);

    m_levelsButton = new QToolButton(m_valueStack);
    m_levelsButton->setObjectName(QStringLiteral("constraintLevelsButton"));
    m_levelsButton->setAccessibleName(tr("Must-have levels"));
    m_levelsButton->setPopupMode(QToolButton::InstantPopup);
    m_levelsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_levelsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_levelsMenu = new QMenu(m_levelsButton);
    m_levelsButton->setMenu(m_levelsMenu);
    m_valueStack->addWidget(m_levelsButton);
    m_valueStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    grid->addWidget(conditionLabel, 1, 0);
    grid->addWidget(m_operatorBox, 1, 1);
    grid->addWidget(m_valueStack, 1, 2);

    m_unitLabel = plainLabel(QString(), this);
    m_unitLabel->setObjectName(QStringLiteral("constraintUnitLabel"));
    m_unitLabel->setWordWrap(true);
    m_unitLabel->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_unitLabel, 2, 1, 1, 2);

    m_addButton = new QPushButton(tr("Add must-have"), this);
    m_addButton->setObjectName(QStringLiteral("addConstraintButton"));
    m_addButton->setAccessibleName(tr("Add must-have"));
    m_addButton->setToolTip(tr("Leave out every alternative that does not meet this condition"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_addButton);
    grid->addLayout(buttonRow, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    m_messageLabel = plainLabel(QString(), this);
    m_messageLabel->setObjectName(QStringLiteral("constraintMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);

    connect(m_criterionBox, &QComboBox::currentIndexChanged, this, &ConstraintsEditor::onCriterionChanged);
    connect(m_operatorBox, &QComboBox::currentIndexChanged, this, &ConstraintsEditor::onOperatorChanged);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addPending(); });
    connect(m_numberEditor, &QAbstractSpinBox::editingFinished, this, [this] { setMessage({}); });

    setCatalog(nullptr);
}

ConstraintsEditor::~ConstraintsEditor() = default;

void ConstraintsEditor::setCatalog(const ms::Catalog* catalog)
{
    m_catalog = catalog;
    setConstraints({});
    m_criterionBox->clear();
    if (catalog != nullptr) {
        for (const ms::Criterion& criterion : catalog->criteria) {
            m_criterionBox->addItem(qs(criterion.label.get(catalogLanguage())), qs(criterion.id));
            m_criterionBox->setItemData(m_criterionBox->count() - 1,
                                        plainToolTip(qs(criterion.description.get(catalogLanguage()))), Qt::ToolTipRole);
        }
    }
    const bool any = m_criterionBox->count() > 0;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_criterionBox, m_operatorBox, m_valueStack, m_addButton})
        widget->setEnabled(any);
    onCriterionChanged();
    setMessage({});
}

const ms::Criterion* ConstraintsEditor::currentCriterion() const
{
    if (m_catalog == nullptr || m_criterionBox->currentIndex() < 0)
        return nullptr;
    return m_catalog->criterion(m_criterionBox->currentData().toString().toStdString());
}

bool ConstraintsEditor::selectCriterion(const QString& criterionId)
{
    const int index = m_criterionBox->findData(criterionId);
    if (index < 0)
        return false;
    m_criterionBox->setCurrentIndex(index);
    return true;
}

void ConstraintsEditor::onCriterionChanged()
{
    const ms::Criterion* criterion = currentCriterion();
    {
        const QSignalBlocker blocker(m_operatorBox);
        m_operatorBox->clear();
        auto add = [this](const QString& text, const char* op, ValueKind kind, const QString& tip) {
            m_operatorBox->addItem(text, QString::fromLatin1(op));
            const int index = m_operatorBox->count() - 1;
            m_operatorBox->setItemData(index, kind, ValueKindRole);
            m_operatorBox->setItemData(index, tip, Qt::ToolTipRole);
        };
        if (criterion != nullptr) {
            switch (criterion->type) {
            case ms::CriterionType::Boolean:
                add(tr("is yes"), "== true", NoValue, tr("Keep only alternatives where this is yes"));
                add(tr("is no"), "== false", NoValue, tr("Keep only alternatives where this is no"));
                break;
            case ms::CriterionType::Numeric:
                add(tr("at least"), ">=", NumberValue, tr("Keep only alternatives with this much or more"));
                add(tr("at most"), "<=", NumberValue, tr("Keep only alternatives with this much or less"));
                if (criterion->allowUnlimited)
                    add(tr("is unlimited"), "== unlimited", NoValue, tr("Keep only alternatives without a limit"));
                break;
            case ms::CriterionType::Ordinal:
                add(tr("at least level"), ">=", LevelValue, tr("Keep only alternatives at this level or a better one"));
                add(tr("is one of"), "in", LevelsValue, tr("Keep only alternatives at one of the levels you tick"));
                break;
            }
        }
    }

    m_levelBox->clear();
    m_levelsMenu->clear();
    m_unitLabel->clear();
    if (criterion != nullptr) {
        if (criterion->type == ms::CriterionType::Numeric) {
            const double lower = std::min(0.0, criterion->lower);
            m_numberEditor->setRange(lower < 0.0 ? -NumberLimit : 0.0, NumberLimit);
            // Start in the middle of the catalog's scale: a plausible value to adjust.
            const double middle = (criterion->lower + criterion->upper) / 2.0;
            const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, std::fabs(middle)))));
            m_numberEditor->setValue(std::round(middle / magnitude) * magnitude);
            m_numberEditor->setToolTip(plainToolTip(
                tr("A number in %1; type the decimal separator of your language")
                    .arg(criterion->unit.empty() ? tr("the criterion's unit") : displayUnit(criterion->unit))));
            QString scale = tr("The catalog's scale: %1 to %2")
                                .arg(formatFactValue(ms::FactValue::ofNumber(criterion->lower), {}),
                                     formatFactValue(ms::FactValue::ofNumber(criterion->upper), criterion->unit));
            m_unitLabel->setText(scale);
        }
        for (const std::string& level : criterion->levels) {
            m_levelBox->addItem(levelText(level), qs(level));
            QAction* action = m_levelsMenu->addAction(levelText(level));
            action->setData(qs(level));
            action->setCheckable(true);
            connect(action, &QAction::toggled, this, &ConstraintsEditor::updateLevelsButton);
        }
        // Sensible first choices: the best level for "at least", the best for "one of".
        if (m_levelBox->count() > 0)
            m_levelBox->setCurrentIndex(m_levelBox->count() - 1);
        if (!m_levelsMenu->actions().isEmpty())
            m_levelsMenu->actions().constLast()->setChecked(true);
    }
    m_unitLabel->setVisible(!m_unitLabel->text().isEmpty());
    updateLevelsButton();
    onOperatorChanged();
    setMessage({});
}

void ConstraintsEditor::onOperatorChanged()
{
    const int kind = m_operatorBox->currentIndex() < 0 ? NoValue : m_operatorBox->currentData(ValueKindRole).toInt();
    switch (kind) {
    case NumberValue: m_valueStack->setCurrentWidget(m_numberEditor); break;
    case LevelValue: m_valueStack->setCurrentWidget(m_levelBox); break;
    case LevelsValue: m_valueStack->setCurrentWidget(m_levelsButton); break;
    default: m_valueStack->setCurrentWidget(m_noValuePage); break;
    }
    // No value to give (yes/no): the condition takes the whole row.
    m_valueStack->setVisible(kind != NoValue);
    setMessage({});
}

void ConstraintsEditor::updateLevelsButton()
{
    QStringList checked;
    for (const QAction* action : m_levelsMenu->actions()) {
        if (action->isChecked())
            checked << action->text();
    }
    m_levelsButton->setText(checked.isEmpty() ? tr("(pick levels)") : checked.join(QStringLiteral(", ")));
    m_levelsButton->setToolTip(
        plainToolTip(tr("Levels to keep: %1").arg(checked.isEmpty() ? tr("none") : checked.join(QStringLiteral(", ")))));
}

QString ConstraintsEditor::pendingText() const
{
    const ms::Criterion* criterion = currentCriterion();
    if (criterion == nullptr || m_operatorBox->currentIndex() < 0)
        return {};
    const QString head = qs(criterion->id) + QLatin1Char(' ') + m_operatorBox->currentData(OperatorRole).toString();
    switch (m_operatorBox->currentData(ValueKindRole).toInt()) {
    case NumberValue: {
        // Locale-free, the form parseConstraint reads ("0.5", "1000").
        const ms::FactValue value = ms::FactValue::ofNumber(m_numberEditor->value());
        return head + QLatin1Char(' ') + qs(ms::formatConstraintValue(value));
    }
    case LevelValue:
        if (m_levelBox->currentIndex() < 0)
            return {};
        return head + QLatin1Char(' ') + m_levelBox->currentData().toString();
    case LevelsValue: {
        QStringList levels;
        for (const QAction* action : m_levelsMenu->actions()) {
            if (action->isChecked())
                levels << action->data().toString();
        }
        if (levels.isEmpty())
            return {};
        return head + QLatin1Char(' ') + levels.join(QLatin1Char(','));
    }
    default:
        return head;
    }
}

QString ConstraintsEditor::addPending()
{
    if (m_catalog == nullptr)
        return tr("No catalog is loaded.");
    // Take what is typed even if the box has not been left yet.
    m_numberEditor->interpretText();
    const QString text = pendingText();
    if (text.isEmpty()) {
        const QString message = tr("Pick at least one level.");
        setMessage(message);
        return message;
    }
    auto parsed = ms::parseConstraint(text.toStdString(), *m_catalog);
    if (const auto* error = std::get_if<ms::RankingError>(&parsed)) {
        const QString message = qs(error->message);
        setMessage(message);
        return message;
    }
    setMessage({});
    Q_EMIT addRequested(std::get<ms::Constraint>(parsed));
    return {};
}

void ConstraintsEditor::setMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void ConstraintsEditor::setConstraints(const std::vector<ms::Constraint>& constraints)
{
    // A remove button may be the sender of this very update: delete the rows later.
    for (QWidget* row : std::as_const(m_rows)) {
        m_listLayout->removeWidget(row);
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    m_removeButtons.clear();
    m_shown.clear();

    for (std::size_t i = 0; i < constraints.size(); ++i) {
        const ms::Constraint& constraint = constraints[i];
        const QString text = m_catalog ? describeConstraint(constraint, *m_catalog) : qs(constraint.toString());
        auto* row = new QWidget(m_listFrame);
        row->setObjectName(QStringLiteral("constraintRow"));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        QLabel* label = plainLabel(text, row);
        label->setWordWrap(true);
        label->setToolTip(plainToolTip(qs(constraint.toString())));
        rowLayout->addWidget(label, 1);
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("removeConstraintButton"));
        remove->setText(QStringLiteral("✕"));
        remove->setAutoRaise(true);
        remove->setFocusPolicy(Qt::StrongFocus);
        remove->setToolTip(tr("Remove this must-have"));
        remove->setAccessibleName(tr("Remove must-have: %1").arg(text));
        rowLayout->addWidget(remove, 0, Qt::AlignTop);
        const int index = static_cast<int>(i);
        connect(remove, &QToolButton::clicked, this, [this, index] { Q_EMIT removeRequested(index); });
        m_listLayout->addWidget(row);
        m_rows << row;
        m_removeButtons << remove;
        m_shown << text;
    }
    m_emptyLabel->setVisible(constraints.empty());
}

void ConstraintsEditor::keyPressEvent(QKeyEvent* event)
{
    // Return in the add row (the boxes pass it on) adds the must-have.
    const bool inAddRow = m_criterionBox->hasFocus() || m_operatorBox->hasFocus() || m_numberEditor->hasFocus()
        || m_levelBox->hasFocus() || m_levelsButton->hasFocus();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && inAddRow && m_addButton->isEnabled()) {
        addPending();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QList<QAbstractButton*> ConstraintsEditor::removeButtons() const
{
    return m_removeButtons;
}

QStringList ConstraintsEditor::shownConstraints() const
{
    return m_shown;
}

QList<QWidget*> ConstraintsEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (QAbstractButton* button : m_removeButtons)
        chain << button;
    chain << m_criterionBox << m_operatorBox << m_numberEditor << m_levelBox << m_levelsButton << m_addButton;
    return chain;
}

} // namespace ms::gui
