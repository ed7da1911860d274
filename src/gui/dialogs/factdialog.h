// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QDate>
#include <QDialog>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/catalog/layers.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class FactDialog;
}

namespace ms::gui {

class FactValueEditor;

/** What the catalog loader says about an edited override list, sorted by the field of
 *  the edited override it concerns (empty: nothing wrong there). */
struct OverrideFieldErrors {
    QString value; ///< about "value" (and the criterion/detail)
    QString asOf; ///< about "as_of"
    QString alternative; ///< about "alternative", "name" or "kind"
    QString general; ///< anything else (the override as a whole, other overrides)
    [[nodiscard]] bool ok() const
    {
        return value.isEmpty() && asOf.isEmpty() && alternative.isEmpty() && general.isEmpty();
    }
};

/** Checks `overrides` exactly as the overrides file would be read back: it runs
 *  ms::loadOverridesFromText on ms::overridesToJson(overrides) against `base` (the
 *  merge below the user's layer), the loader's own diagnostics, and sorts the errors
 *  about override number `editedIndex` by field. */
[[nodiscard]] OverrideFieldErrors checkOverrides(
    const std::vector<ms::Override>& overrides, std::size_t editedIndex, const ms::Catalog& base);

/** Shows `label` as an inline error under a field: plain text in the theme's error
 *  colour, hidden when `text` is empty. */
void showFieldError(QLabel* label, const QString& text);

/** "Edit fact": the user's own figure for one fact of one alternative (a criterion's
 *  fact or a detail), as a user override (docs/catalog-layers.md).
 *
 *  The value is typed in the widget's locale (FactValueEditor) and checked as it is
 *  typed with the catalog loader's diagnostics (checkOverrides); the message is shown
 *  under the field and OK stays disabled while anything is wrong. The dialog changes
 *  nothing itself: the caller takes editedOverrides() when it is accepted. */
class FactDialog : public QDialog {
    Q_OBJECT

public:
    /** `base`: the catalog below the user's layer; `merged`: every layer (what is shown);
     *  `overrides`: the user's overrides now; `alternativeId`: an alternative of `merged`.
     *  Both catalogs must outlive the dialog. */
    FactDialog(const ms::Catalog& base, const ms::Catalog& merged, std::vector<ms::Override> overrides,
        const std::string& alternativeId, const QDate& today, QWidget* parent = nullptr);
    ~FactDialog() override;

    /** Chooses the fact to edit: a criterion id, or a detail key when `detail`. False
     *  when the alternative has no such fact. */
    bool selectFact(const QString& key, bool detail);

    /** Whether what is typed is valid (OK is enabled). */
    [[nodiscard]] bool isInputValid() const { return m_valid; }
    /** The edited override, as typed. */
    [[nodiscard]] ms::Override editedOverride() const;
    /** The user's overrides with the edited one set (replacing the same fact's). */
    [[nodiscard]] std::vector<ms::Override> editedOverrides() const;
    /** A short description for the undo history, e.g. "Edit Price of Alpha". */
    [[nodiscard]] QString editDescription() const;

    [[nodiscard]] QComboBox* factBox() const;
    [[nodiscard]] FactValueEditor* valueEditor() const;
    [[nodiscard]] QLineEdit* asOfEdit() const;
    [[nodiscard]] QLineEdit* noteEdit() const;
    [[nodiscard]] QLabel* valueErrorLabel() const;
    [[nodiscard]] QLabel* asOfErrorLabel() const;
    [[nodiscard]] QLabel* generalErrorLabel() const;
    [[nodiscard]] QPushButton* okButton() const;

private:
    void onFactChanged();
    void revalidate();
    [[nodiscard]] bool currentIsDetail() const;
    [[nodiscard]] std::string currentKey() const;

    std::unique_ptr<Ui::FactDialog> m_ui;
    const ms::Catalog& m_base;
    const ms::Catalog& m_merged;
    std::vector<ms::Override> m_overrides;
    std::string m_alternativeId;
    QDate m_today;
    bool m_valid = false;
};

} // namespace ms::gui
