// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ms::gui {

/** One criterion's weight inside its stability intervals, drawn on the [0, 1] axis: the
 *  interval over which the top choice stays first (light band), the interval over which
 *  the top three keep their order (dark band, inside the light one) and a marker at the
 *  current weight. All values are normalised weights in [0, 1]. */
class StabilityBar : public QWidget
{
    Q_OBJECT

public:
    explicit StabilityBar(QWidget* parent = nullptr);

    void setIntervals(double weight, double lowTop, double highTop, double lowTopThree, double highTopThree);

    [[nodiscard]] double weight() const { return m_weight; }
    [[nodiscard]] double lowTop() const { return m_lowTop; }
    [[nodiscard]] double highTop() const { return m_highTop; }
    [[nodiscard]] double lowTopThree() const { return m_lowTopThree; }
    [[nodiscard]] double highTopThree() const { return m_highTopThree; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /** The colours of the two bands and the marker, shared with the legend. */
    static QColor topColor();
    static QColor topThreeColor();

    /** The horizontal inset of the [0, 1] axis inside a bar of this font, so that a
     *  scale drawn above the bars lines up with them. */
    static int axisInset(const QFontMetrics& metrics);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_weight = 0.0;
    double m_lowTop = 0.0;
    double m_highTop = 1.0;
    double m_lowTopThree = 0.0;
    double m_highTopThree = 1.0;
};

/** The tick labels 0 %, 25 % … 100 % of the StabilityBar axis, to sit above a column of bars. */
class StabilityScale : public QWidget
{
    Q_OBJECT

public:
    explicit StabilityScale(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace ms::gui
