// SPDX-License-Identifier: MIT
#include "gui/factvalueeditor.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "gui/decimalspinbox.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

enum DetailKind { TextKind, NumberKind, YesNoKind };

/** A number as the widget's locale writes it, without group separators ("9,99" in Turkish). */
QString numberText(double value, QLocale locale)
{
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return locale.toString(static_cast<qlonglong>(value));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

FactValueEditor::FactValueEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_detailKind = new QComboBox(this);
    m_detailKind->setObjectName(QStringLiteral("detailKindBox"));
    m_detailKind->addItem(tr("Text"), TextKind);
    m_detailKind->addItem(tr("Number"), NumberKind);
    m_detailKind->addItem(tr("Yes/no"), YesNoKind);
    m_detailKind->setAccessibleName(tr("Kind of value"));
    m_detailKind->setToolTip(tr("Whether the detail is text, a number or yes/no"));
    layout->addWidget(m_detailKind);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("valueEdit"));
    m_text->setAccessibleName(tr("Value"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 1);

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("valueChoiceBox"));
    m_choice->setAccessibleName(tr("Value"));
    layout->addWidget(m_choice, 1);

    m_unit = new QLabel(this);
    m_unit->setTextFormat(Qt::PlainText);
    layout->addWidget(m_unit);

    m_unlimited = new QCheckBox(tr("Unli&mited"), this);
    m_unlimited->setObjectName(QStringLiteral("unlimitedBox"));
    m_unlimited->setToolTip(tr("No limit at all: the best value this criterion can have"));
    layout->addWidget(m_unlimited);

    m_unknown = new QCheckBox(tr("Un&known"), this);
    m_unknown->setObjectName(QStringLiteral("unknownBox"));
    m_unknown->setToolTip(tr("You do not know the value: the ranking treats it as the missing-fact policy says"));
    layout->addWidget(m_unknown);

    connect(m_text, &QLineEdit::textChanged, this, &FactValueEditor::valueEdited);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &FactValueEditor::valueEdited);
    connect(m_detailKind, &QComboBox::currentIndexChanged, this, [this] {
        updateDetailKind();
        Q_EMIT valueEdited();
    });
    for (QCheckBox* box : { m_unlimited, m_unknown }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            Q_EMIT valueEdited();
        });
    }
    setFocusProxy(m_text);
    setCriterion(ms::Criterion {});
}

void FactValueEditor::setCriterion(const ms::Criterion& criterion)
{
    m_detailKind->setVisible(false);
    m_unit->setText(displayUnit(criterion.unit));
    m_unit->setVisible(!criterion.unit.empty());
    m_unlimited->setVisible(criterion.type == ms::CriterionType::Numeric && criterion.allowUnlimited);
    if (!m_unlimited->isVisible())
        m_unlimited->setChecked(false);
    m_choice->clear();
    switch (criterion.type) {
    case ms::CriterionType::Numeric:
        m_mode = Mode::Number;
        m_text->setPlaceholderText(tr("A number, e.g. %1").arg(QLocale().toString(9.99, 'f', 2)));
        break;
    case ms::CriterionType::Boolean:
        m_mode = Mode::Boolean;
        m_choice->addItem(tr("yes"), true);
        m_choice->addItem(tr("no"), false);
        break;
    case ms::CriterionType::Ordinal:
        m_mode = Mode::Level;
        for (const std::string& level : criterion.levels)
            m_choice->addItem(displayLevel(level), qs(level));
        break;
    }
    updateEnabled();
}

void FactValueEditor::setDetail()
{
    m_mode = Mode::Detail;
    m_detailKind->setVisible(true);
    m_unit->setVisible(false);
    m_unlimited->setVisible(false);
    m_unlimited->setChecked(false);
    updateDetailKind();
}

void FactValueEditor::updateDetailKind()
{
    if (m_mode != Mode::Detail)
        return;
    const bool yesNo = m_detailKind->currentData().toInt() == YesNoKind;
    if (yesNo && m_choice->count() != 2) {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        m_choice->addItem(tr("yes"), true);
        m_choice->addItem(tr("no"), false);
    }
    m_text->setPlaceholderText(m_detailKind->currentData().toInt() == NumberKind
            ? tr("A number, e.g. %1").arg(QLocale().toString(9.99, 'f', 2))
            : tr("Text"));
    updateEnabled();
}

void FactValueEditor::updateEnabled()
{
    const bool choice = m_mode == Mode::Boolean || m_mode == Mode::Level
        || (m_mode == Mode::Detail && m_detailKind->currentData().toInt() == YesNoKind);
    m_text->setVisible(!choice);
    m_choice->setVisible(choice);
    const bool typed = !m_unknown->isChecked() && !m_unlimited->isChecked();
    m_text->setEnabled(typed);
    m_choice->setEnabled(typed);
    m_detailKind->setEnabled(!m_unknown->isChecked());
    m_unlimited->setEnabled(!m_unknown->isChecked());
}

void FactValueEditor::setValue(const ms::FactValue& value)
{
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker choiceBlocker(m_choice);
    const QSignalBlocker kindBlocker(m_detailKind);
    m_unknown->setChecked(!value.isKnown());
    m_unlimited->setChecked(value.kind == ms::FactValue::Kind::Unlimited && m_unlimited->isVisible());
    if (m_mode == Mode::Detail) {
        int kind = TextKind;
        if (value.kind == ms::FactValue::Kind::Number)
            kind = NumberKind;
        else if (value.kind == ms::FactValue::Kind::Boolean)
            kind = YesNoKind;
        m_detailKind->setCurrentIndex(m_detailKind->findData(kind));
        updateDetailKind();
    }
    m_text->clear();
    switch (value.kind) {
    case ms::FactValue::Kind::Number:
        m_text->setText(numberText(value.number, locale()));
        break;
    case ms::FactValue::Kind::Text:
        if (m_mode == Mode::Level) {
            const int index = m_choice->findData(qs(value.text));
            if (index >= 0)
                m_choice->setCurrentIndex(index);
        } else {
            m_text->setText(qs(value.text));
        }
        break;
    case ms::FactValue::Kind::Boolean: {
        const int index = m_choice->findData(value.boolean);
        if (index >= 0)
            m_choice->setCurrentIndex(index);
        break;
    }
    case ms::FactValue::Kind::Unknown:
    case ms::FactValue::Kind::Unlimited:
        break;
    }
    updateEnabled();
}

std::optional<ms::FactValue> FactValueEditor::value(QString* error) const
{
    auto fail = [error](const QString& why) -> std::optional<ms::FactValue> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (m_unknown->isChecked())
        return ms::FactValue::unknown();
    if (m_unlimited->isChecked() && m_unlimited->isVisible())
        return ms::FactValue::unlimited();
    Mode mode = m_mode;
    if (mode == Mode::Detail) {
        switch (m_detailKind->currentData().toInt()) {
        case NumberKind:
            mode = Mode::Number;
            break;
        case YesNoKind:
            mode = Mode::Boolean;
            break;
        default:
            return ms::FactValue::ofText(m_text->text().toStdString());
        }
    }
    switch (mode) {
    case Mode::Number: {
        const QString text = m_text->text().trimmed();
        if (text.isEmpty())
            return fail(tr("Type a number, or tick Unknown."));
        if (const auto number = DecimalSpinBox::parseNumber(text, locale()))
            return ms::FactValue::ofNumber(*number);
        return fail(tr("\"%1\" is not a number: type digits with at most one decimal separator (%2), "
                       "no thousands separators.")
                        .arg(text, locale().decimalPoint()));
    }
    case Mode::Boolean:
        if (m_choice->currentIndex() < 0)
            return fail(tr("Choose yes or no."));
        return ms::FactValue::ofBool(m_choice->currentData().toBool());
    case Mode::Level:
        if (m_choice->currentIndex() < 0)
            return fail(tr("Choose a level."));
        return ms::FactValue::ofText(m_choice->currentData().toString().toStdString());
    case Mode::Detail:
        break;
    }
    return fail(tr("No value."));
}

} // namespace ms::gui
