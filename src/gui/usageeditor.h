// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "core/scenario/scenario.h"

class QCheckBox;
class QComboBox;

namespace ms::gui {

class DecimalSpinBox;

/** "Your mod's usage": how many players, sessions, messages and tokens, and who pays,
 *  for projecting each alternative's monthly cost (ms::projectUsageCost). The inputs
 *  start at `ms::UsageScenario{}`; numbers are typed in the user's locale without group
 *  separators (DecimalSpinBox, case C03). Unticking "Project costs from usage" keeps the
 *  inputs but turns the projection off. Edits emit `usageChanged` at once. */
class UsageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UsageEditor(QWidget* parent = nullptr);

    /** The usage when the projection is on, else nullopt. */
    [[nodiscard]] std::optional<ms::UsageScenario> usage() const;
    /** What the inputs show, whether the projection is on or not. */
    [[nodiscard]] ms::UsageScenario inputs() const;
    /** Shows `usage` and ticks the box; nullopt unticks it and keeps the inputs. Emits nothing. */
    void setUsage(const std::optional<ms::UsageScenario>& usage);
    /** Shows `usage` in the inputs without changing the box. Emits nothing. */
    void setInputs(const ms::UsageScenario& usage);

    [[nodiscard]] QCheckBox* enabledBox() const { return m_enabledBox; }
    [[nodiscard]] DecimalSpinBox* playersBox() const { return m_players; }
    [[nodiscard]] DecimalSpinBox* sessionsBox() const { return m_sessions; }
    [[nodiscard]] DecimalSpinBox* messagesBox() const { return m_messages; }
    [[nodiscard]] DecimalSpinBox* tokensInBox() const { return m_tokensIn; }
    [[nodiscard]] DecimalSpinBox* tokensOutBox() const { return m_tokensOut; }
    [[nodiscard]] QComboBox* payerBox() const { return m_payer; }
    /** The focus chain, first to last, for the window's tab order. */
    [[nodiscard]] QList<QWidget*> focusChain() const;

Q_SIGNALS:
    void usageChanged();

private:
    void onEdited();
    void updateEnabled();

    QCheckBox* m_enabledBox = nullptr;
    DecimalSpinBox* m_players = nullptr;
    DecimalSpinBox* m_sessions = nullptr;
    DecimalSpinBox* m_messages = nullptr;
    DecimalSpinBox* m_tokensIn = nullptr;
    DecimalSpinBox* m_tokensOut = nullptr;
    QComboBox* m_payer = nullptr;
    QList<QWidget*> m_inputs;
    QList<QWidget*> m_labels;
    bool m_setting = false;
};

} // namespace ms::gui
