// SPDX-License-Identifier: MIT
#include "gui/usageeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "gui/decimalspinbox.h"
#include "gui/textutil.h"

namespace ms::gui {

UsageEditor::UsageEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    QLabel* hint = plainLabel(tr("How much your mod will be used. The projected monthly costs replace the catalog's "
                                 "cost facts in the ranking."),
                              this);
    hint->setObjectName(QStringLiteral("usageHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_enabledBox = new QCheckBox(tr("Pro&ject costs from usage"), this);
    m_enabledBox->setObjectName(QStringLiteral("usageEnabledBox"));
    m_enabledBox->setAccessibleName(tr("Project costs from usage"));
    m_enabledBox->setToolTip(tr("Rank the cost criteria on what this usage would cost each month"));
    layout->addWidget(m_enabledBox);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 2, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    const ms::UsageScenario defaults;
    int row = 0;
    auto addNumber = [&](const QString& label, const QString& accessible, const QString& tip, const char* name,
                         double value, double maximum, int decimals) {
        QLabel* text = plainLabel(label, this);
        auto* box = new DecimalSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setDecimals(decimals);
        box->setRange(0.0, maximum);
        box->setValue(value);
        box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->setAccessibleName(accessible);
        box->setToolTip(tip);
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("10000000")) + 36);
        text->setBuddy(box);
        text->setToolTip(tip);
        m_labels << text;
        grid->addWidget(text, row, 0);
        grid->addWidget(box, row, 1);
        ++row;
        m_inputs << box;
        connect(box, &QDoubleSpinBox::valueChanged, this, &UsageEditor::onEdited);
        return box;
    };
    m_players = addNumber(tr("Pla&yers a month:"), tr("Players a month"),
                          tr("Players who use the mod in a month"), "usagePlayersBox",
                          defaults.monthlyActivePlayers, 1e9, 0);
    m_sessions = addNumber(tr("&Sessions per player:"), tr("Sessions per player a month"),
                           tr("Play sessions per player in a month"), "usageSessionsBox",
                           defaults.sessionsPerPlayerPerMonth, 1e6, 2);
    m_messages = addNumber(tr("M&essages per session:"), tr("Messages per session"),
                           tr("NPC replies per play session; each is one interaction"), "usageMessagesBox",
                           defaults.messagesPerSession, 1e6, 0);
    m_tokensIn = addNumber(tr("Tokens &in per message:"), tr("Tokens in per message"),
                           tr("Prompt tokens per message: the character, the context and the history"),
                           "usageTokensInBox", defaults.inputTokensPerMessage, 1e7, 0);
    m_tokensOut = addNumber(tr("Tokens &out per message:"), tr("Tokens out per message"),
                            tr("Tokens in each NPC reply"), "usageTokensOutBox", defaults.outputTokensPerMessage, 1e7, 0);

    QLabel* payerLabel = plainLabel(tr("Paid &by:"), this);
    m_payer = new QComboBox(this);
    m_payer->setObjectName(QStringLiteral("usagePayerBox"));
    m_payer->setAccessibleName(tr("Who pays"));
    m_payer->addItem(tr("Each player's own account"), static_cast<int>(ms::Payer::Player));
    m_payer->setItemData(0, tr("Each player brings an account or key: the free tier applies per player"), Qt::ToolTipRole);
    m_payer->addItem(tr("The author's key"), static_cast<int>(ms::Payer::Author));
    m_payer->setItemData(1, tr("The mod ships the author's key: one account and one free tier serve every player"),
                         Qt::ToolTipRole);
    m_payer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_payer->setMinimumContentsLength(8);
    m_payer->setCurrentIndex(defaults.payer == ms::Payer::Author ? 1 : 0);
    payerLabel->setBuddy(m_payer);
    m_labels << payerLabel;
    grid->addWidget(payerLabel, row, 0);
    grid->addWidget(m_payer, row, 1);
    m_inputs << m_payer;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_payer, &QComboBox::currentIndexChanged, this, &UsageEditor::onEdited);
    connect(m_enabledBox, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        onEdited();
    });
    updateEnabled();
}

std::optional<ms::UsageScenario> UsageEditor::usage() const
{
    if (!m_enabledBox->isChecked())
        return std::nullopt;
    return inputs();
}

ms::UsageScenario UsageEditor::inputs() const
{
    ms::UsageScenario usage;
    usage.monthlyActivePlayers = m_players->value();
    usage.sessionsPerPlayerPerMonth = m_sessions->value();
    usage.messagesPerSession = m_messages->value();
    usage.inputTokensPerMessage = m_tokensIn->value();
    usage.outputTokensPerMessage = m_tokensOut->value();
    usage.payer = m_payer->currentData().toInt() == static_cast<int>(ms::Payer::Author) ? ms::Payer::Author
                                                                                       : ms::Payer::Player;
    return usage;
}

void UsageEditor::setInputs(const ms::UsageScenario& usage)
{
    const bool wasSetting = m_setting;
    m_setting = true;
    m_players->setValue(usage.monthlyActivePlayers);
    m_sessions->setValue(usage.sessionsPerPlayerPerMonth);
    m_messages->setValue(usage.messagesPerSession);
    m_tokensIn->setValue(usage.inputTokensPerMessage);
    m_tokensOut->setValue(usage.outputTokensPerMessage);
    m_payer->setCurrentIndex(usage.payer == ms::Payer::Author ? 1 : 0);
    m_setting = wasSetting;
}

void UsageEditor::setUsage(const std::optional<ms::UsageScenario>& usage)
{
    const bool wasSetting = m_setting;
    m_setting = true;
    if (usage)
        setInputs(*usage);
    m_enabledBox->setChecked(usage.has_value());
    updateEnabled();
    m_setting = wasSetting;
}

QList<QWidget*> UsageEditor::focusChain() const
{
    QList<QWidget*> chain{m_enabledBox};
    chain << m_inputs;
    return chain;
}

void UsageEditor::updateEnabled()
{
    for (QWidget* input : std::as_const(m_inputs))
        input->setEnabled(m_enabledBox->isChecked());
    for (QWidget* label : std::as_const(m_labels))
        label->setEnabled(m_enabledBox->isChecked());
}

void UsageEditor::onEdited()
{
    if (m_setting)
        return;
    Q_EMIT usageChanged();
}

} // namespace ms::gui
