// SPDX-License-Identifier: MIT
#include "gui/weightspanel.h"

#include <algorithm>
#include <cmath>

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/language.h"
#include "gui/textutil.h"

namespace ms::gui {

WeightsPanel::WeightsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* hint = new QLabel(tr("Weights (0–10) of each criterion. The ranking follows at once."), this);
    hint->setObjectName(QStringLiteral("weightsHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

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
    if (catalog == nullptr)
        return;

    int gridRow = 0;
    for (const ms::Criterion& criterion : catalog->criteria) {
        const QString id = qs(criterion.id);
        const QString label = qs(criterion.label.get(catalogLanguage()));
        const QString unit = displayUnit(criterion.unit);
        const QString description = qs(criterion.description.get(catalogLanguage()));
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

    m_settingSliders = true;
    setWeights({});
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

QList<QWidget*> WeightsPanel::focusChain() const
{
    QList<QWidget*> chain;
    for (const Row& row : m_rows) {
        chain.append(row.slider);
        chain.append(row.spinBox);
    }
    return chain;
}

void WeightsPanel::setWeights(const ms::Weights& weights)
{
    const bool wasSetting = m_settingSliders;
    m_settingSliders = true;
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
    m_settingSliders = wasSetting;
}

void WeightsPanel::onSliderMoved()
{
    if (m_settingSliders)
        return;
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
