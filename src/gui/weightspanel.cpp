// SPDX-License-Identifier: MIT
#include "gui/weightspanel.h"

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/textutil.h"

namespace ms::gui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

} // namespace

WeightsPanel::WeightsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* heading = new QLabel(tr("What matters to you"), this);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* hint = new QLabel(tr("Weights (0–10) of each criterion. The ranking follows at once."), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setTextFormat(Qt::PlainText);
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(12);
    m_profileBox->setAccessibleName(tr("Weight profile"));
    m_profileBox->setToolTip(tr("Set every weight from a profile shipped with the catalog"));
    profileLabel->setBuddy(m_profileBox);
    layout->addSpacing(2);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profileBox);
    layout->addSpacing(4);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_rowsWidget = new QWidget(m_scrollArea);
    m_rowsLayout = new QGridLayout(m_rowsWidget);
    m_rowsLayout->setContentsMargins(0, 4, 8, 4);
    m_rowsLayout->setHorizontalSpacing(6);
    m_rowsLayout->setVerticalSpacing(2);
    m_scrollArea->setWidget(m_rowsWidget);
    layout->addWidget(m_scrollArea, 1);

    connect(m_profileBox, &QComboBox::activated, this, &WeightsPanel::onProfileActivated);
}

void WeightsPanel::clearRows()
{
    m_rows.clear();
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void WeightsPanel::setCatalog(const ms::Catalog* catalog)
{
    m_catalog = catalog;
    clearRows();
    m_profileBox->clear();
    if (catalog == nullptr) {
        m_profileBox->setEnabled(false);
        return;
    }
    m_profileBox->setEnabled(true);

    int gridRow = 0;
    for (const ms::Criterion& criterion : catalog->criteria) {
        const QString id = qs(criterion.id);
        const QString label = qs(criterion.label.get("en"));
        const QString unit = qs(criterion.unit);
        const QString description = qs(criterion.description.get("en"));
        QString tip = description;
        if (!tip.isEmpty())
            tip += QLatin1Char('\n');
        tip += criterion.direction == ms::Direction::Benefit ? tr("More is better.") : tr("Less is better.");
        if (!unit.isEmpty())
            tip += QLatin1Char(' ') + tr("Unit: %1").arg(unit);

        auto* nameRow = new QWidget(m_rowsWidget);
        auto* nameLayout = new QHBoxLayout(nameRow);
        nameLayout->setContentsMargins(0, gridRow == 0 ? 0 : 6, 0, 0);
        nameLayout->setSpacing(6);
        QLabel* name = plainLabel(label, nameRow);
        name->setWordWrap(true);
        name->setToolTip(plainToolTip(tip));
        QFont nameFont = name->font();
        nameFont.setWeight(QFont::DemiBold);
        name->setFont(nameFont);
        nameLayout->addWidget(name, 1);
        if (!unit.isEmpty()) {
            QLabel* unitLabel = plainLabel(unit, nameRow);
            unitLabel->setForegroundRole(QPalette::PlaceholderText);
            unitLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            unitLabel->setToolTip(plainToolTip(tip));
            nameLayout->addWidget(unitLabel, 0, Qt::AlignRight);
        }
        m_rowsLayout->addWidget(nameRow, gridRow, 0, 1, 3);

        Row row;
        row.id = id;
        row.slider = new QSlider(Qt::Horizontal, m_rowsWidget);
        row.slider->setObjectName(QStringLiteral("weight_") + id);
        row.slider->setRange(0, MaximumWeight);
        row.slider->setPageStep(2);
        row.slider->setTickPosition(QSlider::TicksBelow);
        row.slider->setTickInterval(1);
        row.slider->setFocusPolicy(Qt::StrongFocus);
        row.slider->setAccessibleName(tr("Weight of %1").arg(label));
        row.slider->setAccessibleDescription(description);
        row.slider->setToolTip(plainToolTip(tip));

        row.spinBox = new QSpinBox(m_rowsWidget);
        row.spinBox->setRange(0, MaximumWeight);
        row.spinBox->setAccessibleName(tr("Weight value of %1").arg(label));
        row.spinBox->setToolTip(plainToolTip(tip));

        row.share = plainLabel(QString(), m_rowsWidget);
        row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.share->setMinimumWidth(row.share->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 4);
        row.share->setForegroundRole(QPalette::PlaceholderText);
        row.share->setToolTip(tr("Share of the total weight"));

        m_rowsLayout->addWidget(row.slider, gridRow + 1, 0);
        m_rowsLayout->addWidget(row.spinBox, gridRow + 1, 1);
        m_rowsLayout->addWidget(row.share, gridRow + 1, 2);
        gridRow += 2;

        QSlider* slider = row.slider;
        QSpinBox* spinBox = row.spinBox;
        // Each follows the other; setValue with an equal value emits nothing, so no loop.
        connect(slider, &QSlider::valueChanged, spinBox, &QSpinBox::setValue);
        connect(spinBox, &QSpinBox::valueChanged, slider, &QSlider::setValue);
        connect(slider, &QSlider::valueChanged, this, &WeightsPanel::onSliderMoved);
        m_rows.push_back(row);
    }
    m_rowsLayout->setColumnStretch(0, 1);
    m_rowsLayout->setRowStretch(gridRow, 1);

    for (const ms::Profile& profile : catalog->profiles) {
        m_profileBox->addItem(qs(profile.label.get("en")), qs(profile.id));
        const int index = m_profileBox->count() - 1;
        m_profileBox->setItemData(index, ProfileEntry, KindRole);
        m_profileBox->setItemData(index, plainToolTip(qs(profile.description.get("en"))), Qt::ToolTipRole);
    }
    m_profileBox->addItem(tr("Equal weights"));
    m_profileBox->setItemData(m_profileBox->count() - 1, EqualEntry, KindRole);

    m_profileBox->setCurrentIndex(0);
    m_settingSliders = true;
    onProfileActivated(0);
    m_settingSliders = false;
}

ms::Weights WeightsPanel::weights() const
{
    ms::Weights result;
    for (const Row& row : m_rows) {
        const bool exactShown = row.exact >= 0.0
            && std::clamp(static_cast<int>(std::lround(row.exact)), row.exact > 0.0 ? 1 : 0,
                          static_cast<int>(MaximumWeight)) == row.slider->value();
        result[row.id.toStdString()] = exactShown ? row.exact : static_cast<double>(row.slider->value());
    }
    return result;
}

QSlider* WeightsPanel::slider(const QString& criterionId) const
{
    for (const Row& row : m_rows) {
        if (row.id == criterionId) // exact, code-unit comparison (C01)
            return row.slider;
    }
    return nullptr;
}

QString WeightsPanel::profileLabel() const
{
    return m_profileBox->currentText();
}

QList<QWidget*> WeightsPanel::focusChain() const
{
    QList<QWidget*> chain{m_profileBox};
    for (const Row& row : m_rows) {
        chain.append(row.slider);
        chain.append(row.spinBox);
    }
    return chain;
}

bool WeightsPanel::applyProfile(const QString& profileId)
{
    const int index = m_profileBox->findData(profileId);
    if (index < 0 || m_profileBox->itemData(index, KindRole).toInt() != ProfileEntry)
        return false;
    m_profileBox->setCurrentIndex(index);
    onProfileActivated(index);
    return true;
}

void WeightsPanel::onProfileActivated(int index)
{
    if (m_catalog == nullptr || index < 0)
        return;
    const int kind = m_profileBox->itemData(index, KindRole).toInt();
    ms::Weights weights;
    QString description;
    if (kind == CustomEntry) {
        return; // "Custom" is what the sliders show already
    } else if (kind == EqualEntry) {
        for (const ms::Criterion& criterion : m_catalog->criteria)
            weights[criterion.id] = 1.0;
    } else {
        const ms::Profile* profile = m_catalog->profile(m_profileBox->itemData(index).toString().toStdString());
        if (profile == nullptr)
            return;
        weights = profile->scenario.weights;
        description = qs(profile->description.get("en"));
    }
    // The profile's reasoning can be a paragraph: keep it out of the way of the sliders.
    m_profileBox->setToolTip(description.isEmpty() ? tr("Set every weight from a profile shipped with the catalog")
                                                   : plainToolTip(description));
    m_profileBox->setAccessibleDescription(description);

    // Remove a stale "Custom" entry: the sliders now show a named set again.
    const int custom = m_profileBox->findData(CustomEntry, KindRole);
    if (custom >= 0 && custom != index)
        m_profileBox->removeItem(custom);

    const bool wasSetting = m_settingSliders;
    m_settingSliders = true;
    setSliders(weights);
    m_settingSliders = wasSetting;
    if (!wasSetting)
        Q_EMIT weightsChanged();
}

void WeightsPanel::setSliders(const ms::Weights& weights)
{
    // Profiles may use any non-negative scale; the sliders show 0..10. Integer weights
    // that fit are kept as they are; otherwise the largest becomes 10 and a positive
    // weight never rounds down to 0 (that would drop the criterion).
    double largest = 0.0;
    bool allSmallIntegers = true;
    for (const auto& [id, w] : weights) {
        if (!std::isfinite(w) || w < 0.0)
            continue;
        largest = std::max(largest, w);
        if (w != std::trunc(w) || w > MaximumWeight)
            allSmallIntegers = false;
    }
    const double factor = (allSmallIntegers || largest <= 0.0) ? 1.0 : MaximumWeight / largest;
    for (Row& row : m_rows) {
        const auto it = weights.find(row.id.toStdString());
        int value = 0;
        row.exact = 0.0;
        if (it != weights.end() && std::isfinite(it->second) && it->second > 0.0) {
            row.exact = it->second * factor;
            value = static_cast<int>(std::lround(row.exact));
            value = std::clamp(value, 1, static_cast<int>(MaximumWeight));
        }
        row.slider->setValue(value);
    }
}

void WeightsPanel::selectCustomEntry()
{
    int custom = m_profileBox->findData(CustomEntry, KindRole);
    if (custom < 0) {
        m_profileBox->addItem(tr("Custom"));
        custom = m_profileBox->count() - 1;
        m_profileBox->setItemData(custom, CustomEntry, KindRole);
        m_profileBox->setItemData(custom, tr("Weights set by hand"), Qt::ToolTipRole);
    }
    m_profileBox->setCurrentIndex(custom);
    m_profileBox->setToolTip(tr("Weights set by hand"));
    m_profileBox->setAccessibleDescription(QString());
}

void WeightsPanel::onSliderMoved()
{
    if (m_settingSliders)
        return;
    selectCustomEntry();
    Q_EMIT weightsChanged();
}

void WeightsPanel::setShares(const std::vector<double>& normalisedWeights)
{
    const QLocale locale;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (i < normalisedWeights.size())
            m_rows[i].share->setText(tr("%1 %").arg(locale.toString(normalisedWeights[i] * 100.0, 'f', 0)));
        else
            m_rows[i].share->setText(QStringLiteral("–"));
    }
}

} // namespace ms::gui
