// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QDate>
#include <QDialog>

#include "core/catalog/catalog.h"
#include "core/catalog/layers.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class AlternativeDialog;
}

namespace ms::gui {

class FactValueEditor;

/** "Add alternative": an option the catalog does not have, added as user overrides
 *  (name and kind with its first figure; docs/catalog-layers.md). Checked as typed
 *  with the catalog loader's diagnostics (checkOverrides), messages under the fields,
 *  OK disabled while anything is wrong. Changes nothing itself. */
class AlternativeDialog : public QDialog {
    Q_OBJECT

public:
    /** `base`: the catalog below the user's layer (must outlive the dialog); `merged`:
     *  every layer (its ids are taken); `overrides`: the user's overrides now. */
    AlternativeDialog(const ms::Catalog& base, const ms::Catalog& merged, std::vector<ms::Override> overrides,
        const QDate& today, QWidget* parent = nullptr);
    ~AlternativeDialog() override;

    [[nodiscard]] bool isInputValid() const { return m_valid; }
    /** The new alternative's id, as typed. */
    [[nodiscard]] std::string alternativeId() const;
    /** The user's overrides with the new alternative's first figure appended. */
    [[nodiscard]] std::vector<ms::Override> editedOverrides() const;

    /** An unused id made from `name`: ASCII lower case, other characters '-', e.g.
     *  "My NPC server" -> "my-npc-server"; "-2", "-3"... when taken. */
    [[nodiscard]] std::string suggestedId(const QString& name) const;

    [[nodiscard]] QLineEdit* nameEdit() const;
    [[nodiscard]] QLineEdit* idEdit() const;
    [[nodiscard]] QComboBox* kindBox() const;
    [[nodiscard]] QComboBox* criterionBox() const;
    [[nodiscard]] FactValueEditor* valueEditor() const;
    [[nodiscard]] QLineEdit* asOfEdit() const;
    [[nodiscard]] QLabel* idErrorLabel() const;
    [[nodiscard]] QLabel* valueErrorLabel() const;
    [[nodiscard]] QLabel* asOfErrorLabel() const;
    [[nodiscard]] QLabel* generalErrorLabel() const;
    [[nodiscard]] QPushButton* okButton() const;

private:
    [[nodiscard]] ms::Override editedOverride() const;
    void revalidate();

    std::unique_ptr<Ui::AlternativeDialog> m_ui;
    const ms::Catalog& m_base;
    const ms::Catalog& m_merged;
    std::vector<ms::Override> m_overrides;
    bool m_idEdited = false;
    bool m_valid = false;
};

} // namespace ms::gui
