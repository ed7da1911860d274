// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "core/catalog/catalog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace ms::gui {

/** Types one fact's value: a number (the locale's decimal separator or '.', and
 *  "unlimited" where the criterion allows it), yes/no, one of an ordinal criterion's
 *  levels, or a detail's text, number or yes/no; and "unknown" for any of them.
 *
 *  It only reads what is typed; whether the value is allowed is checked by the
 *  dialog with the catalog loader's diagnostics. Used by FactDialog and
 *  AlternativeDialog (promoted in ui/factdialog.ui and ui/alternativedialog.ui). */
class FactValueEditor : public QWidget {
    Q_OBJECT

public:
    explicit FactValueEditor(QWidget* parent = nullptr);

    /** Edits a fact of `criterion` (its type decides the editor). */
    void setCriterion(const ms::Criterion& criterion);
    /** Edits a detail: text, number or yes/no, chosen in a box. */
    void setDetail();
    /** Shows `value` (kept as typed text for numbers, in the widget's locale). */
    void setValue(const ms::FactValue& value);

    /** The value typed, or nullopt with `error` saying what is wrong with the text. */
    [[nodiscard]] std::optional<ms::FactValue> value(QString* error = nullptr) const;

    /** The line edit for numbers and text (for tests and buddies). */
    [[nodiscard]] QLineEdit* textEdit() const { return m_text; }
    [[nodiscard]] QComboBox* choiceBox() const { return m_choice; }
    [[nodiscard]] QComboBox* detailKindBox() const { return m_detailKind; }
    [[nodiscard]] QCheckBox* unknownBox() const { return m_unknown; }
    [[nodiscard]] QCheckBox* unlimitedBox() const { return m_unlimited; }

Q_SIGNALS:
    /** Anything typed or chosen changed. */
    void valueEdited();

private:
    enum class Mode { Number, Boolean, Level, Detail };
    void updateEnabled();
    void updateDetailKind();

    Mode m_mode = Mode::Number;
    QComboBox* m_detailKind = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_choice = nullptr;
    QCheckBox* m_unlimited = nullptr;
    QCheckBox* m_unknown = nullptr;
    QLabel* m_unit = nullptr;
};

} // namespace ms::gui
