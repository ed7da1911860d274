// SPDX-License-Identifier: MIT
#include "gui/views/stabilitybar.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace ms::gui {

namespace {

constexpr int TrackHeight = 10;
constexpr int Ticks = 4; // 0, 25, 50, 75, 100 %

QString percentText(int percent)
{
    return QCoreApplication::translate("ms::gui::StabilityBar", "%1 %").arg(QLocale().toString(percent));
}

} // namespace

StabilityBar::StabilityBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void StabilityBar::setIntervals(double weight, double lowTop, double highTop, double lowTopThree, double highTopThree)
{
    m_weight = std::clamp(weight, 0.0, 1.0);
    m_lowTop = std::clamp(lowTop, 0.0, 1.0);
    m_highTop = std::clamp(highTop, m_lowTop, 1.0);
    m_lowTopThree = std::clamp(lowTopThree, 0.0, 1.0);
    m_highTopThree = std::clamp(highTopThree, m_lowTopThree, 1.0);
    update();
}

QColor StabilityBar::topColor()
{
    return { 0xa0, 0xcb, 0xe8 };
}

QColor StabilityBar::topThreeColor()
{
    return { 0x4e, 0x79, 0xa7 };
}

int StabilityBar::axisInset(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(percentText(100)) / 2 + 2;
}

QSize StabilityBar::sizeHint() const
{
    return { 260, TrackHeight + 10 };
}

QSize StabilityBar::minimumSizeHint() const
{
    return { 120, TrackHeight + 10 };
}

void StabilityBar::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int inset = axisInset(fontMetrics());
    const double left = inset;
    const double width = std::max(1, this->width() - 2 * inset);
    const double top = (height() - TrackHeight) / 2.0;
    auto x = [left, width](double v) { return left + v * width; };

    const QPalette& pal = palette();
    const QRectF track(left, top, width, TrackHeight);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.0));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(track);

    painter.setPen(Qt::NoPen);
    painter.setBrush(topColor());
    painter.drawRect(QRectF(x(m_lowTop), top, std::max(1.0, x(m_highTop) - x(m_lowTop)), TrackHeight));
    painter.setBrush(topThreeColor());
    painter.drawRect(
        QRectF(x(m_lowTopThree), top + 2, std::max(1.0, x(m_highTopThree) - x(m_lowTopThree)), TrackHeight - 4));

    painter.setPen(QPen(pal.color(QPalette::Mid), 1.0));
    for (int t = 1; t < Ticks; ++t) {
        const double tx = x(static_cast<double>(t) / Ticks);
        painter.drawLine(QPointF(tx, top + TrackHeight), QPointF(tx, top + TrackHeight + 3));
    }

    // The current weight: a line across the track and a small triangle above it.
    const double mx = x(m_weight);
    const QColor markerColor = pal.color(QPalette::WindowText);
    painter.setPen(QPen(markerColor, 2.0));
    painter.drawLine(QPointF(mx, top - 3), QPointF(mx, top + TrackHeight + 3));
    QPainterPath triangle;
    triangle.moveTo(mx - 4, top - 5);
    triangle.lineTo(mx + 4, top - 5);
    triangle.lineTo(mx, top - 1);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(markerColor);
    painter.drawPath(triangle);
}

StabilityScale::StabilityScale(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize StabilityScale::sizeHint() const
{
    return { 260, fontMetrics().height() + 2 };
}

QSize StabilityScale::minimumSizeHint() const
{
    return { 120, fontMetrics().height() + 2 };
}

void StabilityScale::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int inset = StabilityBar::axisInset(fontMetrics());
    const double width = std::max(1, this->width() - 2 * inset);
    for (int t = 0; t <= Ticks; ++t) {
        const QString text = percentText(t * 100 / Ticks);
        const int w = fontMetrics().horizontalAdvance(text);
        const double cx = inset + width * t / Ticks;
        painter.drawText(QRectF(cx - w / 2.0 - 1, 0, w + 2, height()), Qt::AlignCenter, text);
    }
}

} // namespace ms::gui
