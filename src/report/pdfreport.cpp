// SPDX-License-Identifier: MIT
#include "report/pdfreport.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QPolygonF>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

#include "core/report/renderers.h"
#include "core/report/reporttext.h"
#include "report/pdfpostprocess.h"

namespace ms {
namespace {

// The pages are painted at 720 dpi: ten device units per point, so that every length can
// be given in points (pt()) and fonts are measured finely; PDF coordinates are vector anyway.
constexpr int kResolution = 720;
constexpr double kUnitsPerPoint = kResolution / 72.0;

constexpr double pt(double points)
{
    return points * kUnitsPerPoint;
}

constexpr double kMarginX = 48.0; // left and right, pt
constexpr double kTopMargin = 58.0; // pages after the first (below the running header)
constexpr double kBottomMargin = 54.0; // above the footer
constexpr double kBandHeight = 92.0; // the title band of the first page
constexpr double kMinLine = 0.5; // the thinnest line drawn, pt

const QString kFontFamily = QStringLiteral("DejaVu Sans");

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5b, 0x66, 0x73);
const QColor kBand(0x1f, 0x3a, 0x5f);
const QColor kBandSubtle(0xc9, 0xd6, 0xe8);
const QColor kHeaderBg(0x2f, 0x55, 0x80);
const QColor kStripe(0xf1, 0xf4, 0xf8);
const QColor kGroupBg(0xdd, 0xe6, 0xf1);
const QColor kAccent(0xe8, 0xf1, 0xe4);
const QColor kAccentBar(0x3a, 0x9d, 0x5d);
const QColor kWarn(0xfd, 0xf3, 0xdc);
const QColor kWarnBar(0xd9, 0x9a, 0x1e);
const QColor kRule(0xc8, 0xd0, 0xda);
const QColor kTrack(0xe6, 0xeb, 0xf1);
const QColor kWhite(0xff, 0xff, 0xff);

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

/** The vendor worth showing under a name: none when it only repeats the name ("Inworld AI"). */
QString vendorOf(const std::string& name, const std::string& vendor)
{
    const QString v = qs(vendor).trimmed();
    return v.compare(qs(name).trimmed(), Qt::CaseInsensitive) == 0 ? QString() : v;
}

QFont makeFont(double pointSize, bool bold = false)
{
    QFont font(kFontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Latin and Turkish text needs no shaping; skipping it keeps ligature glyphs out of the
    // PDF, so that text extraction returns the letters as written (C18).
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setKerning(false);
    return font;
}

QPen hairline(const QColor& color, double points = kMinLine)
{
    QPen pen(color, pt(std::max(points, kMinLine)));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

/** Text as QTextLayout takes it: a newline becomes a line break, a tab a space. */
QString plain(QString text)
{
    text.remove(QLatin1Char('\r'));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    return text;
}

/** Plain text laid out once (wrapped at `width`) and drawn later; never interpreted as markup. */
class TextBox {
public:
    TextBox() = default;
    TextBox(const QString& text, const QFont& font, double width, QPaintDevice* device,
        Qt::Alignment align = Qt::AlignLeft, const QList<QTextLayout::FormatRange>& formats = {})
        : m_layout(std::make_shared<QTextLayout>(plain(text), font, device))
    {
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        if (!formats.isEmpty())
            m_layout->setFormats(formats);
        m_layout->beginLayout();
        double y = 0.0;
        while (true) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0.0, y));
            y += line.height();
            m_natural = std::max(m_natural, line.naturalTextWidth());
        }
        m_layout->endLayout();
        m_height = y;
    }

    [[nodiscard]] double height() const { return m_height; }
    [[nodiscard]] double naturalWidth() const { return m_natural; }
    [[nodiscard]] bool isNull() const { return !m_layout; }

    void draw(QPainter& painter, QPointF at, const QColor& color) const
    {
        if (!m_layout)
            return;
        // Text is filled, not stroked; the pen still sets the PDF line width, so keep it at
        // the report's minimum like every other line.
        painter.setPen(QPen(color, pt(kMinLine)));
        m_layout->draw(&painter, at);
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    double m_height = 0.0;
    double m_natural = 0.0;
};

using Op = std::function<void(QPainter&)>;

/** A column, cell and row of a report table. */
struct TableColumn {
    QString header;
    double share = 1.0; // relative width
    bool right = false; // right-aligned (numbers)
};

struct TableCell {
    QString text;
    QString sub; // a second, smaller line (the vendor under a name)
    bool bold = false;
    double bar = -1.0; // in [0, 1]: draw a bar of this length instead of text
};

struct TableRow {
    std::vector<TableCell> cells;
    QString group; // not empty: a full-width group row with this text
};

struct TableSpec {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    double fontSize = 8.5;
    double subSize = 7.3;
};

/** Lays the report out page by page: every block is measured first, then placed where it
 *  fits whole (a table row, a paragraph, a chart); the drawing is recorded per page and
 *  replayed once the page count is known (for "page 2 of 7"). */
class PdfComposer {
public:
    PdfComposer(const Report& report, QPaintDevice* device, QSizeF pagePoints, bool charts)
        : m_r(report)
        , m_t(reportTexts(report.language))
        , m_device(device)
        , m_pageWidth(pt(pagePoints.width()))
        , m_pageHeight(pt(pagePoints.height()))
        , m_left(pt(kMarginX))
        , m_right(pt(pagePoints.width() - kMarginX))
        , m_bottom(pt(pagePoints.height() - kBottomMargin))
        , m_charts(charts)
    {
    }

    void compose()
    {
        m_pages.emplace_back();
        m_y = pt(kBandHeight + 16.0);
        composeSummary();
        newPage();
        composeEvidence();
    }

    /** Paints pages `first`..`last` (1-based, inclusive; clamped to the pages there are)
     *  with `painter`, starting a new page of `device` between two of them. */
    void paint(QPagedPaintDevice& device, QPainter& painter, int first, int last) const
    {
        const int count = static_cast<int>(m_pages.size());
        first = std::max(first, 1);
        last = std::min(last, count);
        for (int i = first - 1; i < last; ++i) {
            if (i > first - 1)
                device.newPage();
            if (i == 0)
                paintBand(painter);
            else
                paintRunningHeader(painter);
            for (const Op& op : m_pages[static_cast<std::size_t>(i)])
                op(painter);
            paintFooter(painter, i + 1, count);
        }
    }

    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }

private:
    // ---- Geometry ----------------------------------------------------------------------

    [[nodiscard]] double width() const { return m_right - m_left; }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = pt(kTopMargin);
    }

    [[nodiscard]] bool fits(double height) const { return m_y + height <= m_bottom + 0.5; }

    /** Starts a new page unless `height` fits (or the page is still empty). */
    void ensure(double height)
    {
        if (!fits(height) && m_y > pt(kTopMargin) + 0.5)
            newPage();
    }

    void add(Op op) { m_pages.back().push_back(std::move(op)); }

    void space(double points) { m_y += pt(points); }

    [[nodiscard]] TextBox text(
        const QString& s, double size, double widthUnits, bool bold = false, Qt::Alignment align = Qt::AlignLeft) const
    {
        return TextBox(s, makeFont(size, bold), widthUnits, m_device, align);
    }

    // ---- Blocks ------------------------------------------------------------------------

    /** A block of several text boxes kept together. */
    struct Piece {
        TextBox box;
        double x = 0.0;
        double y = 0.0;
        QColor color;
    };

    void placePieces(const std::vector<Piece>& pieces, double height, const QColor& background = QColor(),
        const QColor& bar = QColor())
    {
        ensure(height);
        const double top = m_y;
        const double left = m_left;
        const double w = width();
        add([pieces, top, left, w, height, background, bar](QPainter& p) {
            if (background.isValid())
                p.fillRect(QRectF(left, top, w, height), background);
            if (bar.isValid())
                p.fillRect(QRectF(left, top, pt(3.5), height), bar);
            for (const Piece& piece : pieces)
                piece.box.draw(p, QPointF(left + piece.x, top + piece.y), piece.color);
        });
        m_y += height;
    }

    void paragraph(const QString& s, double size = 9.0, const QColor& color = kInk, double indent = 0.0,
        bool bold = false, double after = 4.0)
    {
        const TextBox box = text(s, size, width() - pt(indent), bold);
        placePieces({ { box, pt(indent), 0.0, color } }, box.height());
        space(after);
    }

    void callout(const QString& s, double size, const QColor& background, const QColor& bar, bool bold = false)
    {
        const double pad = pt(8.0);
        const TextBox box = text(s, size, width() - 2 * pad - pt(3.5), bold);
        placePieces({ { box, pad + pt(3.5), pad, kInk } }, box.height() + 2 * pad, background, bar);
        space(6.0);
    }

    void heading(const QString& s, bool major)
    {
        const double size = major ? 13.0 : 10.5;
        const TextBox box = text(s, size, width(), true);
        const double rule = major ? pt(3.0) : 0.0;
        const double height = box.height() + rule;
        // Keep the heading with at least a few lines of what follows.
        ensure(height + pt(major ? 70.0 : 50.0));
        if (major)
            space(4.0);
        const double top = m_y;
        const double left = m_left;
        const double right = m_right;
        add([box, top, left, right, major](QPainter& p) {
            box.draw(p, QPointF(left, top), kBand);
            if (major) {
                p.setPen(hairline(kRule, 0.75));
                const double y = top + box.height() + pt(1.5);
                p.drawLine(QPointF(left, y), QPointF(right, y));
            }
        });
        m_y += height;
        space(major ? 5.0 : 3.0);
    }

    /** Label–value pairs in two columns, each pair kept together. */
    void keyValues(const std::vector<std::pair<QString, QString>>& items)
    {
        const double keyWidth = pt(92.0);
        const double gap = pt(8.0);
        for (const auto& [key, value] : items) {
            const TextBox k = text(key, 8.3, keyWidth, false);
            const TextBox v = text(value, 8.8, width() - keyWidth - gap);
            placePieces({ { k, 0.0, pt(0.5), kMuted }, { v, keyWidth + gap, 0.0, kInk } },
                std::max(k.height(), v.height()) + pt(2.5));
        }
        space(4.0);
    }

    /** Bulleted or numbered lines, each kept whole. */
    void bullets(const QStringList& lines, double size, bool numbered, double indent = 0.0)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString marker = numbered ? QString::number(i + 1) + QStringLiteral(".") : QStringLiteral("•");
            const TextBox m = text(marker, size, pt(14.0), numbered);
            const TextBox b = text(lines.at(i), size, width() - pt(indent + 14.0));
            placePieces({ { m, pt(indent), 0.0, numbered ? kBand : kMuted }, { b, pt(indent + 14.0), 0.0, kInk } },
                std::max(m.height(), b.height()) + pt(1.8));
        }
        space(3.0);
    }

    /** A table whose rows are never split across pages; the header repeats on every page
     *  (C17), and a group row that continues on a new page is repeated there. */
    void table(const TableSpec& spec)
    {
        if (spec.columns.empty())
            return;
        const double padX = pt(4.0);
        const double padY = pt(2.6);
        double shares = 0.0;
        for (const TableColumn& c : spec.columns)
            shares += c.share;
        std::vector<double> widths;
        std::vector<double> xs;
        double x = 0.0;
        for (const TableColumn& c : spec.columns) {
            xs.push_back(x);
            widths.push_back(width() * c.share / shares);
            x += widths.back();
        }

        // The header row, measured once and drawn on every page the table reaches.
        std::vector<TextBox> header;
        double headerHeight = 0.0;
        for (std::size_t c = 0; c < spec.columns.size(); ++c) {
            header.push_back(text(spec.columns[c].header, spec.fontSize - 0.3, widths[c] - 2 * padX, true,
                spec.columns[c].right ? Qt::AlignRight : Qt::AlignLeft));
            headerHeight = std::max(headerHeight, header.back().height());
        }
        headerHeight += 2 * padY;
        const double left = m_left;
        const double tableWidth = width();
        auto placeHeader = [&]() {
            const double top = m_y;
            add([header, xs, top, left, tableWidth, headerHeight, padX, padY](QPainter& p) {
                p.fillRect(QRectF(left, top, tableWidth, headerHeight), kHeaderBg);
                for (std::size_t c = 0; c < header.size(); ++c)
                    header[c].draw(p, QPointF(left + xs[c] + padX, top + padY), kWhite);
            });
            m_y += headerHeight;
        };

        struct Measured {
            std::vector<TextBox> texts;
            std::vector<TextBox> subs;
            double height = 0.0;
        };
        auto measureGroup = [&](const QString& s) {
            Measured m;
            m.texts.push_back(text(s, spec.fontSize, tableWidth - 2 * padX, true));
            m.height = m.texts.back().height() + 2 * padY;
            return m;
        };
        auto measure = [&](const TableRow& row) {
            if (!row.group.isEmpty())
                return measureGroup(row.group);
            Measured m;
            double inner = 0.0;
            for (std::size_t c = 0; c < spec.columns.size(); ++c) {
                const TableCell cell = c < row.cells.size() ? row.cells[c] : TableCell {};
                const Qt::Alignment align = spec.columns[c].right ? Qt::AlignRight : Qt::AlignLeft;
                if (cell.bar >= 0.0) {
                    m.texts.emplace_back();
                    m.subs.emplace_back();
                    inner = std::max(inner, pt(7.0));
                    continue;
                }
                m.texts.push_back(text(cell.text, spec.fontSize, widths[c] - 2 * padX, cell.bold, align));
                double h = m.texts.back().height();
                if (!cell.sub.isEmpty()) {
                    m.subs.push_back(text(cell.sub, spec.subSize, widths[c] - 2 * padX, false, align));
                    h += m.subs.back().height();
                } else {
                    m.subs.emplace_back();
                }
                inner = std::max(inner, h);
            }
            m.height = inner + 2 * padY;
            return m;
        };
        auto placeRow = [&](const TableRow& row, const Measured& m, int stripe) {
            const double top = m_y;
            const double height = m.height;
            const bool group = !row.group.isEmpty();
            std::vector<double> bars;
            for (std::size_t c = 0; c < spec.columns.size(); ++c)
                bars.push_back(!group && c < row.cells.size() ? row.cells[c].bar : -1.0);
            add([m, xs, widths, bars, top, left, tableWidth, height, padX, padY, group, stripe](QPainter& p) {
                if (group)
                    p.fillRect(QRectF(left, top, tableWidth, height), kGroupBg);
                else if (stripe % 2 == 1)
                    p.fillRect(QRectF(left, top, tableWidth, height), kStripe);
                if (group) {
                    m.texts[0].draw(p, QPointF(left + padX, top + padY), kBand);
                } else {
                    for (std::size_t c = 0; c < m.texts.size() && c < xs.size(); ++c) {
                        if (bars[c] >= 0.0) {
                            const double barWidth = widths[c] - 2 * padX;
                            const QRectF track(left + xs[c] + padX, top + (height - pt(7.0)) / 2, barWidth, pt(7.0));
                            p.fillRect(track, kTrack);
                            p.fillRect(QRectF(track.topLeft(),
                                           QSizeF(barWidth * std::clamp(bars[c], 0.0, 1.0), track.height())),
                                QColor(0x2f, 0x6d, 0xb5));
                            continue;
                        }
                        m.texts[c].draw(p, QPointF(left + xs[c] + padX, top + padY), kInk);
                        if (!m.subs[c].isNull())
                            m.subs[c].draw(p, QPointF(left + xs[c] + padX, top + padY + m.texts[c].height()), kMuted);
                    }
                }
                p.setPen(hairline(kRule));
                p.drawLine(QPointF(left, top + height), QPointF(left + tableWidth, top + height));
            });
            m_y += height;
        };

        std::vector<Measured> measured;
        measured.reserve(spec.rows.size());
        for (const TableRow& row : spec.rows)
            measured.push_back(measure(row));

        ensure(headerHeight + (measured.empty() ? 0.0 : measured.front().height)
            + (measured.size() > 1 && !spec.rows.front().group.isEmpty() ? measured[1].height : 0.0));
        placeHeader();
        QString group;
        int stripe = 0;
        for (std::size_t i = 0; i < spec.rows.size(); ++i) {
            const TableRow& row = spec.rows[i];
            const bool isGroup = !row.group.isEmpty();
            // A group row stays with its first row.
            const double need = measured[i].height
                + (isGroup && i + 1 < measured.size() && spec.rows[i + 1].group.isEmpty() ? measured[i + 1].height
                                                                                          : 0.0);
            if (!fits(need)) {
                newPage();
                placeHeader();
                if (!isGroup && !group.isEmpty()) {
                    const QString again = group + QStringLiteral(" (") + qs(m_t.continued) + QStringLiteral(")");
                    placeRow(TableRow { {}, again }, measureGroup(again), 0);
                }
            }
            if (isGroup) {
                group = row.group;
                stripe = 0;
            }
            placeRow(row, measured[i], stripe);
            if (!isGroup)
                ++stripe;
        }
        space(6.0);
    }

    // ---- Charts (vector paths) -----------------------------------------------------------

    /** Stacked bars of the contributions of the top five, one colour per criterion. */
    void contributionBars()
    {
        const std::size_t count = std::min<std::size_t>(5, m_r.rows.size());
        if (count == 0 || m_r.scenario.weights.empty())
            return;
        const QString title = qs(m_r.scenario.method == "wsm" ? m_t.contributionsChart : m_t.weightedValuesChart);
        const TextBox titleBox = text(title, 9.5, width(), true);

        const double labelWidth = pt(138.0);
        const double barLeft = labelWidth + pt(8.0);
        const double barWidth = width() - barLeft - pt(34.0);
        const double barHeight = pt(11.0);
        const double barGap = pt(5.0);
        double scale = 100.0;
        for (std::size_t i = 0; i < count; ++i) {
            double total = 0.0;
            for (const double c : m_r.rows[i].contributions)
                total += std::max(0.0, c);
            scale = std::max(scale, total);
        }
        const QFont labelFont = makeFont(8.0);
        const QFontMetricsF metrics(labelFont, m_device);
        std::vector<TextBox> labels;
        std::vector<TextBox> scores;
        for (std::size_t i = 0; i < count; ++i) {
            const QString name = QString::number(m_r.rows[i].rank) + QStringLiteral(". ") + qs(m_r.rows[i].name);
            labels.push_back(text(metrics.elidedText(name, Qt::ElideRight, labelWidth), 8.0, labelWidth + pt(4.0)));
            scores.push_back(text(qs(formatNumber(m_r.rows[i].score, 1, m_r.language)), 8.0, pt(32.0), true));
        }
        std::vector<TextBox> ticks;
        for (int tick = 0; tick <= 4; ++tick)
            ticks.push_back(text(QString::number(static_cast<int>(std::lround(scale * tick / 4.0))), 6.5, pt(30.0),
                false, Qt::AlignHCenter));

        // The legend: a swatch and a label per weighted criterion, flowing in rows.
        struct LegendItem {
            TextBox box;
            double x = 0.0;
            double y = 0.0;
            std::size_t colour = 0;
        };
        std::vector<LegendItem> legend;
        double lx = 0.0;
        double ly = 0.0;
        const double swatch = pt(6.5);
        for (std::size_t k = 0; k < m_r.scenario.weights.size(); ++k) {
            const QString label = qs(m_r.scenario.weights[k].label);
            TextBox box = text(label, 7.0, pt(150.0));
            const double itemWidth = swatch + pt(3.0) + box.naturalWidth() + pt(10.0);
            if (lx > 0.0 && lx + itemWidth > width()) {
                lx = 0.0;
                ly += pt(10.5);
            }
            legend.push_back({ box, lx, ly, k });
            lx += itemWidth;
        }
        const double chartTop = titleBox.height() + pt(5.0);
        const double barsHeight = count * (barHeight + barGap);
        const double legendTop = chartTop + barsHeight + pt(14.0);
        const double height = legendTop + ly + pt(12.0);

        ensure(height);
        const double top = m_y;
        const double left = m_left;
        std::vector<std::vector<double>> contributions;
        for (std::size_t i = 0; i < count; ++i)
            contributions.push_back(m_r.rows[i].contributions);
        add([=](QPainter& p) {
            titleBox.draw(p, QPointF(left, top), kBand);
            const double x0 = left + barLeft;
            const double y0 = top + chartTop;
            // Grid lines at 0, 25, 50, 75 and 100 % of the scale.
            p.setPen(hairline(kRule));
            for (int tick = 0; tick <= 4; ++tick) {
                const double gx = x0 + barWidth * tick / 4.0;
                p.drawLine(QPointF(gx, y0 - pt(2.0)), QPointF(gx, y0 + barsHeight));
                ticks[static_cast<std::size_t>(tick)].draw(
                    p, QPointF(gx - pt(15.0), y0 + barsHeight + pt(1.5)), kMuted);
            }
            for (std::size_t i = 0; i < contributions.size(); ++i) {
                const double by = y0 + i * (barHeight + barGap);
                labels[i].draw(p, QPointF(left, by + (barHeight - labels[i].height()) / 2), kInk);
                double bx = x0;
                for (std::size_t k = 0; k < contributions[i].size(); ++k) {
                    const double w = barWidth * std::max(0.0, contributions[i][k]) / scale;
                    if (w <= 0.0)
                        continue;
                    p.fillRect(QRectF(bx, by, w, barHeight), QColor(QLatin1String(reportPaletteColor(k))));
                    bx += w;
                }
                p.setPen(hairline(kMuted));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(x0, by, bx - x0, barHeight));
                // The score sits on white so that a grid line never runs through it.
                const QPointF at(bx + pt(4.0), by + (barHeight - scores[i].height()) / 2);
                p.fillRect(QRectF(at.x() - pt(1.5), by, scores[i].naturalWidth() + pt(3.0), barHeight), kWhite);
                scores[i].draw(p, at, kInk);
            }
            const double legendY = top + legendTop;
            for (const LegendItem& item : legend) {
                p.fillRect(QRectF(left + item.x, legendY + item.y + pt(1.5), swatch, swatch),
                    QColor(QLatin1String(reportPaletteColor(item.colour))));
                item.box.draw(p, QPointF(left + item.x + swatch + pt(3.0), legendY + item.y), kInk);
            }
        });
        m_y += height;
        space(6.0);
    }

    static constexpr double kRadarRadius = pt(82.0);
    static constexpr double kSmallestRadarRadius = pt(46.0);

    static constexpr double kRadarLabelRoom = pt(96.0);

    /** The legend of the radar: one entry per alternative, wrapped to the room right of
     *  the chart, and where each starts below the first. */
    [[nodiscard]] std::pair<std::vector<TextBox>, std::vector<double>> radarLegend(double radius) const
    {
        const double legendX = kRadarLabelRoom + 2 * radius + kRadarLabelRoom + pt(16.0);
        std::vector<TextBox> boxes;
        std::vector<double> offsets;
        double y = 0.0;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, m_r.rows.size()); ++i) {
            boxes.push_back(text(QString::number(m_r.rows[i].rank) + QStringLiteral(". ") + qs(m_r.rows[i].name)
                    + QStringLiteral(" (") + qs(formatNumber(m_r.rows[i].score, 1, m_r.language)) + QStringLiteral(")"),
                8.0, width() - legendX - pt(12.0)));
            offsets.push_back(y);
            y += boxes.back().height() + pt(5.0);
        }
        offsets.push_back(y); // the legend's total height
        return { boxes, offsets };
    }

    /** The height radar(radius) takes, legend included (+ the space after it). */
    [[nodiscard]] double radarHeight(double radius) const
    {
        const TextBox titleBox = text(qs(m_t.radarChart), 9.5, width(), true);
        const double chart = titleBox.height() + pt(15.0) + 2 * radius + pt(14.0);
        const double legend = titleBox.height() + pt(15.0) + radarLegend(radius).second.back();
        return std::max(chart, legend) + pt(4.0);
    }

    /** A radar (spider) chart of the utilities of the top three on the weighted criteria. */
    void radar(double radius = kRadarRadius)
    {
        const std::size_t axes = m_r.scenario.weights.size();
        const std::size_t count = std::min<std::size_t>(3, m_r.rows.size());
        if (axes < 3 || count == 0)
            return;
        const TextBox titleBox = text(qs(m_t.radarChart), 9.5, width(), true);
        const double labelRoom = kRadarLabelRoom;
        const double cx = labelRoom + radius + pt(6.0);
        const double cy = titleBox.height() + pt(15.0) + radius;
        const double height = radarHeight(radius) - pt(4.0);

        const QFont axisFont = makeFont(6.5);
        const QFontMetricsF metrics(axisFont, m_device);
        struct AxisLabel {
            TextBox box;
            double x = 0.0;
            double y = 0.0;
        };
        std::vector<AxisLabel> axisLabels;
        std::vector<QPointF> unit;
        const double pi = std::acos(-1.0);
        for (std::size_t k = 0; k < axes; ++k) {
            const double angle = -pi / 2 + 2 * pi * static_cast<double>(k) / static_cast<double>(axes);
            unit.emplace_back(std::cos(angle), std::sin(angle));
            const QString label
                = metrics.elidedText(qs(m_r.scenario.weights[k].label), Qt::ElideRight, labelRoom - pt(6.0));
            const double c = std::cos(angle);
            const Qt::Alignment align = c > 0.25 ? Qt::AlignLeft : (c < -0.25 ? Qt::AlignRight : Qt::AlignHCenter);
            const double boxWidth = labelRoom;
            TextBox box = text(label, 6.5, boxWidth, false, align);
            const double px = cx + (radius + pt(6.0)) * c;
            const double py = cy + (radius + pt(6.0)) * std::sin(angle);
            double x = px;
            if (align == Qt::AlignRight)
                x = px - boxWidth;
            else if (align == Qt::AlignHCenter)
                x = px - boxWidth / 2;
            double y = py - box.height() / 2;
            if (std::sin(angle) < -0.9)
                y = py - box.height();
            else if (std::sin(angle) > 0.9)
                y = py;
            axisLabels.push_back({ box, x, y });
        }
        std::vector<QPolygonF> shapes;
        const auto legendData = radarLegend(radius);
        const std::vector<TextBox>& legend = legendData.first;
        const std::vector<double>& legendOffsets = legendData.second;
        const double legendX = labelRoom + 2 * radius + labelRoom + pt(16.0);
        for (std::size_t i = 0; i < count; ++i) {
            QPolygonF shape;
            for (std::size_t k = 0; k < axes; ++k) {
                const double u
                    = k < m_r.rows[i].utilities.size() ? std::clamp(m_r.rows[i].utilities[k], 0.0, 1.0) : 0.0;
                shape << QPointF(cx + radius * u * unit[k].x(), cy + radius * u * unit[k].y());
            }
            shapes.push_back(shape);
        }
        const double legendTop = titleBox.height() + pt(15.0);
        ensure(height);
        const double top = m_y;
        const double left = m_left;
        add([=](QPainter& p) {
            titleBox.draw(p, QPointF(left, top), kBand);
            const QPointF centre(left + cx, top + cy);
            p.setBrush(Qt::NoBrush);
            p.setPen(hairline(kRule));
            for (int level = 1; level <= 4; ++level) {
                QPolygonF ring;
                for (const QPointF& u : unit)
                    ring << centre + u * (radius * level / 4.0);
                p.drawPolygon(ring);
            }
            for (const QPointF& u : unit)
                p.drawLine(centre, centre + u * radius);
            for (const AxisLabel& a : axisLabels)
                a.box.draw(p, QPointF(left + a.x, top + a.y), kMuted);
            for (std::size_t i = 0; i < shapes.size(); ++i) {
                QColor colour(QLatin1String(reportPaletteColor(i)));
                QColor fill = colour;
                fill.setAlpha(40);
                p.setPen(hairline(colour, 1.4));
                p.setBrush(fill);
                p.drawPolygon(shapes[i].translated(left, top));
            }
            p.setBrush(Qt::NoBrush);
            for (std::size_t i = 0; i < legend.size(); ++i) {
                const double ly = top + legendTop + legendOffsets[i];
                p.fillRect(QRectF(left + legendX, ly + pt(1.5), pt(8.0), pt(8.0)),
                    QColor(QLatin1String(reportPaletteColor(i))));
                legend[i].draw(p, QPointF(left + legendX + pt(12.0), ly), kInk);
            }
        });
        m_y += height;
        space(4.0);
    }

    // ---- The summary page --------------------------------------------------------------

    void composeSummary()
    {
        callout(qs(m_r.recommendation), 12.0, kAccent, kAccentBar);
        if (m_r.staleFactCount > 0)
            callout(qs(m_r.staleText), 8.3, kWarn, kWarnBar);
        else
            paragraph(qs(m_r.staleText), 8.0, kMuted);

        heading(qs(m_t.scenario), false);
        std::vector<std::pair<QString, QString>> items;
        const QString profile = m_r.scenario.profileId.empty()
            ? qs(m_r.scenario.profileLabel)
            : qs(m_r.scenario.profileLabel) + QStringLiteral(" (") + qs(m_r.scenario.profileId) + QStringLiteral(")");
        items.emplace_back(qs(m_t.profile), profile);
        items.emplace_back(qs(m_t.method),
            qs(m_r.scenario.methodText) + QStringLiteral("; ") + qs(m_r.scenario.normalisationText)
                + QStringLiteral("; ") + qs(m_r.scenario.missingText));
        QStringList weights;
        for (const ReportWeight& w : m_r.scenario.weights)
            weights << qs(w.label) + QStringLiteral(" ") + qs(formatPercent(w.weight, 1, m_r.language));
        items.emplace_back(qs(m_t.weights), weights.isEmpty() ? qs(m_t.none) : weights.join(QStringLiteral(" · ")));
        QStringList constraints;
        for (const std::string& c : m_r.scenario.constraints)
            constraints << qs(c);
        items.emplace_back(
            qs(m_t.constraints), constraints.isEmpty() ? qs(m_t.none) : constraints.join(QStringLiteral("; ")));
        if (m_r.scenario.usage)
            items.emplace_back(qs(m_t.usage), qs(m_r.scenario.usage->text));
        keyValues(items);

        if (!m_r.rows.empty()) {
            const std::size_t shown = std::min<std::size_t>(std::max<std::size_t>(m_r.top.size(), 1), m_r.rows.size());
            heading(qs(fillTemplate(m_t.rankingTop,
                        { { "n", std::to_string(shown) }, { "total", std::to_string(m_r.rows.size()) } })),
                false);
            table(rankingTable(shown, false));

            if (!m_r.top.empty() && !m_r.top.front().strongest.empty()) {
                heading(qs(fillTemplate(m_t.whyLeads, { { "name", m_r.top.front().name } })), false);
                QStringList reasons;
                for (const ReportReason& reason : m_r.top.front().strongest)
                    reasons << qs(reason.text);
                bullets(reasons, 8.8, true);
            }
            if (m_charts) {
                contributionBars();
                // The radar of the top three joins the summary when it fits there, a little
                // smaller if need be; otherwise it opens the detail of the top N.
                double radius = kRadarRadius;
                while (radius > kSmallestRadarRadius && !fits(radarHeight(radius)))
                    radius -= pt(2.0);
                if (m_r.scenario.weights.size() >= 3 && fits(radarHeight(radius))) {
                    radar(radius);
                    m_radarPlaced = true;
                }
            }
        }
    }

    [[nodiscard]] TableSpec rankingTable(std::size_t count, bool full) const
    {
        TableSpec spec;
        spec.columns = { { qs(m_t.rank), 0.78, true }, { qs(m_t.alternative), full ? 2.7 : 3.3, false },
            { qs(m_t.kind), 1.95, false }, { qs(m_t.score), 0.85, true }, { qs(m_t.interval), 1.35, true },
            { qs(m_t.coverage), 1.3, true } };
        if (full)
            spec.columns.push_back({ qs(m_t.dominatedBy), 1.6, false });
        for (std::size_t i = 0; i < count && i < m_r.rows.size(); ++i) {
            const ReportRow& row = m_r.rows[i];
            TableRow r;
            r.cells.push_back({ QString::number(row.rank) + (row.tied ? QStringLiteral("=") : QString()), {}, false });
            r.cells.push_back({ qs(row.name), vendorOf(row.name, row.vendor), true });
            r.cells.push_back({ qs(row.kindLabel), {}, false });
            r.cells.push_back({ qs(formatNumber(row.score, 1, m_r.language)), {}, true });
            const bool range = row.scoreHigh - row.scoreLow > 1e-9;
            r.cells.push_back({ range ? qs(formatNumber(row.scoreLow, 1, m_r.language)) + QStringLiteral("–")
                        + qs(formatNumber(row.scoreHigh, 1, m_r.language))
                                      : QStringLiteral("–"),
                {}, false });
            r.cells.push_back({ qs(formatPercent(row.coverage, 0, m_r.language)), {}, false });
            if (full)
                r.cells.push_back({ qs(row.dominatedByName), {}, false });
            spec.rows.push_back(std::move(r));
        }
        return spec;
    }

    // ---- The evidence ------------------------------------------------------------------

    void topEntry(const ReportTopEntry& e)
    {
        std::vector<Piece> pieces;
        double y = 0.0;
        const double w = width();
        auto line = [&](const QString& s, double size, bool bold, const QColor& colour, double indent, double after) {
            TextBox box = text(s, size, w - pt(indent), bold);
            pieces.push_back({ box, pt(indent), y, colour });
            y += box.height() + pt(after);
        };
        line(QString::number(e.rank) + QStringLiteral(". ") + qs(e.name), 10.5, true, kInk, 0.0, 0.5);
        QString meta = qs(e.kindLabel);
        if (const QString vendor = vendorOf(e.name, e.vendor); !vendor.isEmpty())
            meta += QStringLiteral(" · ") + vendor;
        meta += QStringLiteral(" · ")
            + qs(fillTemplate(m_t.scoreLine,
                { { "score", formatNumber(e.score, 1, m_r.language) },
                    { "coverage", formatPercent(e.coverage, 0, m_r.language) } }));
        line(meta, 8.0, false, kMuted, 0.0, 2.0);
        auto reasons = [&](const std::string& label, const std::vector<ReportReason>& list, const std::string& empty) {
            line(qs(label), 8.3, true, kBand, 6.0, 0.8);
            if (list.empty())
                line(qs(empty), 8.3, false, kInk, 14.0, 0.8);
            for (const ReportReason& r : list)
                line(QStringLiteral("• ") + qs(r.text), 8.3, false, kInk, 14.0, 0.8);
        };
        reasons(m_t.strongest, e.strongest, m_t.noStrength);
        reasons(m_t.weakest, e.weakest, m_t.noWeakness);
        if (e.cost)
            line(qs(e.cost->text), 8.3, false, kInk, 6.0, 0.8);
        placePieces(pieces, y);
        space(8.0);
    }

    void composeEvidence()
    {
        const QString evidenceHeading = qs(m_t.ranking);
        heading(evidenceHeading, true);
        if (m_r.rows.empty()) {
            paragraph(qs(m_r.recommendation));
        } else {
            table(rankingTable(m_r.rows.size(), true));
            QString note = qs(m_t.rankingNote);
            if (std::any_of(m_r.rows.begin(), m_r.rows.end(), [](const ReportRow& row) { return row.tied; }))
                note += QStringLiteral(" ") + qs(m_t.tieNote);
            paragraph(note, 7.5, kMuted);
        }

        if (!m_r.top.empty()) {
            heading(qs(fillTemplate(m_t.topDetail, { { "n", std::to_string(m_r.top.size()) } })), true);
            if (m_charts && !m_radarPlaced)
                radar();
            for (const ReportTopEntry& e : m_r.top)
                topEntry(e);
        }

        heading(qs(m_t.excluded), true);
        if (m_r.excluded.empty()) {
            paragraph(qs(m_t.excludedNone));
        } else {
            TableSpec spec;
            spec.columns = { { qs(m_t.alternative), 1.0, false }, { qs(m_t.fails), 1.6, false } };
            for (const ReportExclusion& e : m_r.excluded)
                spec.rows.push_back({ { { qs(e.name), {}, true }, { qs(e.reason), {}, false } }, {} });
            table(spec);
        }

        heading(qs(m_t.dominated), true);
        if (m_r.dominated.empty()) {
            paragraph(qs(m_t.dominatedNone));
        } else {
            paragraph(qs(m_t.explainDominance), 8.0, kMuted);
            TableSpec spec;
            spec.columns = { { qs(m_t.alternative), 1.0, false }, { qs(m_t.dominatedBy), 1.0, false } };
            for (const ReportDominated& d : m_r.dominated)
                spec.rows.push_back({ { { qs(d.name), {}, true }, { qs(d.byName), {}, false } }, {} });
            table(spec);
        }

        heading(qs(m_t.sensitivity), true);
        if (!m_r.sensitivity) {
            paragraph(qs(m_t.sensitivityOff));
        } else {
            const ReportSensitivity& s = *m_r.sensitivity;
            if (!s.stability.empty()) {
                TableSpec spec;
                spec.columns = { { qs(m_t.criterion), 2.6, false }, { qs(m_t.weight), 0.9, true },
                    { qs(m_t.topStays), 1.6, true }, { qs(m_t.topThreeKeep), 1.6, true } };
                auto range = [&](double low, double high) {
                    return qs(formatPercent(low, 1, m_r.language)) + QStringLiteral(" – ")
                        + qs(formatPercent(high, 1, m_r.language));
                };
                for (const ReportStability& st : s.stability)
                    spec.rows.push_back({ { { qs(st.criterion), {}, false },
                                              { qs(formatPercent(st.weight, 1, m_r.language)), {}, false },
                                              { range(st.lowTop, st.highTop), {}, false },
                                              { range(st.lowTopThree, st.highTopThree), {}, false } },
                        {} });
                table(spec);
                paragraph(qs(m_t.stabilityNote), 7.5, kMuted);
            }
            if (!s.runnerUpText.empty())
                paragraph(qs(s.runnerUpText));
            for (const std::string& remark : s.remarks)
                paragraph(qs(remark), 8.0, kMuted);
            if (!s.winProbabilities.empty()) {
                heading(qs(fillTemplate(m_t.winProbabilities,
                            { { "samples", formatNumber(static_cast<double>(s.samples), 0, m_r.language) },
                                { "seed", std::to_string(s.seed) } })),
                    false);
                TableSpec spec;
                spec.columns = { { qs(m_t.alternative), 2.4, false }, { QString(), 2.6, false },
                    { qs(m_t.probability), 0.9, true } };
                std::size_t zero = 0;
                for (const ReportWinProbability& w : s.winProbabilities) {
                    if (!(w.probability > 0.0)) {
                        ++zero;
                        continue;
                    }
                    TableCell bar;
                    bar.bar = w.probability;
                    spec.rows.push_back({ { { qs(w.name), {}, false }, bar,
                                              { qs(formatPercent(w.probability, 1, m_r.language)), {}, false } },
                        {} });
                }
                table(spec);
                if (zero > 0)
                    paragraph(
                        qs(fillTemplate(m_t.othersNeverFirst, { { "count", std::to_string(zero) } })), 8.0, kMuted);
            }
        }

        heading(qs(m_t.factsUsed), true);
        paragraph(qs(m_t.factsIntro), 8.0, kMuted);
        if (!m_r.facts.empty()) {
            TableSpec spec;
            spec.fontSize = 7.6;
            spec.columns = { { qs(m_t.criterion), 1.45, false }, { qs(m_t.value), 1.5, false },
                { qs(m_t.source), 1.35, false }, { qs(m_t.asOf), 0.62, false }, { qs(m_t.note), 2.35, false } };
            std::string current;
            for (const ReportFact& f : m_r.facts) {
                if (f.alternativeId != current || spec.rows.empty()) {
                    current = f.alternativeId;
                    spec.rows.push_back({ {}, qs(f.alternative) });
                }
                QString note = qs(f.note);
                if (f.estimate)
                    note = f.note.empty() ? qs(m_t.estimate) : qs(m_t.estimate) + QStringLiteral(": ") + note;
                spec.rows.push_back({ { { qs(f.criterion), {}, false }, { qs(f.valueText), {}, f.value.isKnown() },
                                          { qs(f.source), {}, false }, { qs(f.asOf), {}, false }, { note, {}, false } },
                    {} });
            }
            table(spec);
        }

        heading(qs(m_t.methodAppendix), true);
        for (const std::string& p : m_r.method.paragraphs)
            paragraph(qs(p), 8.5);
        heading(qs(m_t.criteriaBounds), false);
        {
            TableSpec spec;
            spec.fontSize = 7.8;
            spec.columns = { { qs(m_t.criterion), 2.2, false }, { qs(m_t.type), 1.0, false },
                { qs(m_t.direction), 1.3, false }, { qs(m_t.bounds), 2.4, false }, { qs(m_t.weight), 0.8, true } };
            for (const ReportCriterion& c : m_r.method.criteria) {
                const std::string& type = c.type == "numeric" ? m_t.typeNumeric
                    : c.type == "boolean"                     ? m_t.typeBoolean
                                                              : m_t.typeOrdinal;
                spec.rows.push_back(
                    { { { qs(c.label), {}, false }, { qs(type), {}, false },
                          { qs(c.direction == "cost" ? m_t.lowerIsBetter : m_t.higherIsBetter), {}, false },
                          { qs(c.boundsText), {}, false },
                          { qs(formatPercent(c.weight, 1, m_r.language)), {}, false } },
                        {} });
            }
            table(spec);
        }
        heading(qs(m_t.references), false);
        {
            QStringList refs;
            for (const std::string& ref : m_r.method.references)
                refs << qs(ref);
            bullets(refs, 7.8, false);
        }
        heading(qs(m_t.sources), false);
        if (m_r.method.sources.empty()) {
            paragraph(qs(m_t.noSources), 8.0);
        } else {
            QStringList sources;
            for (const ReportSource& s : m_r.method.sources) {
                QString item = qs(s.title);
                if (!s.date.empty())
                    item += QStringLiteral(" — ") + qs(s.date);
                // URLs are plain text, never links (C19).
                if (!s.url.empty())
                    item += QStringLiteral("\n") + qs(s.url);
                sources << item;
            }
            bullets(sources, 7.8, false);
        }
    }

    // ---- Page decoration -------------------------------------------------------------------

    void paintBand(QPainter& p) const
    {
        p.fillRect(QRectF(0.0, 0.0, m_pageWidth, pt(kBandHeight)), kBand);
        const TextBox title(qs(m_r.title), makeFont(19.0, true), width(), m_device);
        title.draw(p, QPointF(m_left, pt(22.0)), kWhite);
        const QString catalog = qs(m_t.catalog) + QStringLiteral(": ") + qs(m_r.catalogTitle);
        QString generated = qs(m_t.catalogVersion) + QStringLiteral(" ") + qs(m_r.catalogVersion)
            + QStringLiteral(" · ") + qs(m_t.dataAsOf) + QStringLiteral(" ") + qs(m_r.catalogAsOf)
            + QStringLiteral(" · ") + qs(m_t.generated) + QStringLiteral(" ") + qs(m_r.generatedAtText);
        if (!m_r.appVersion.empty())
            generated += QStringLiteral(" · ModelScout ") + qs(m_r.appVersion);
        const QFont small = makeFont(8.3);
        const QFontMetricsF metrics(small, m_device);
        const TextBox line1(metrics.elidedText(catalog, Qt::ElideRight, width()), small, width() + pt(4.0), m_device);
        const TextBox line2(generated, small, width(), m_device);
        line1.draw(p, QPointF(m_left, pt(22.0) + title.height() + pt(4.0)), kBandSubtle);
        line2.draw(p, QPointF(m_left, pt(22.0) + title.height() + pt(4.0) + line1.height() + pt(1.0)), kBandSubtle);
    }

    void paintRunningHeader(QPainter& p) const
    {
        const QFont font = makeFont(7.3);
        const QFontMetricsF metrics(font, m_device);
        const QString right = qs(m_r.generatedAtText);
        const double rightWidth = metrics.horizontalAdvance(right) + pt(2.0);
        const QString left = metrics.elidedText(qs(m_r.title) + QStringLiteral(" · ") + qs(m_r.catalogTitle),
            Qt::ElideRight, width() - rightWidth - pt(12.0));
        const TextBox l(left, font, width() - rightWidth, m_device);
        const TextBox r(right, font, rightWidth, m_device, Qt::AlignRight);
        const double y = pt(30.0);
        l.draw(p, QPointF(m_left, y), kMuted);
        r.draw(p, QPointF(m_right - rightWidth, y), kMuted);
        p.setPen(hairline(kRule));
        p.drawLine(QPointF(m_left, y + l.height() + pt(3.0)), QPointF(m_right, y + l.height() + pt(3.0)));
    }

    void paintFooter(QPainter& p, int page, int pages) const
    {
        const QFont font = makeFont(7.3);
        const QFontMetricsF metrics(font, m_device);
        const std::string app = m_r.appVersion.empty() ? std::string("ModelScout") : "ModelScout " + m_r.appVersion;
        const std::string pageText = std::to_string(page);
        const std::string pagesText = std::to_string(pages);
        // The footer fits one line: shorten the catalog title, never the page number.
        const QString without = qs(fillTemplate(
            m_t.footer, { { "app", app }, { "catalog", "" }, { "page", pageText }, { "pages", pagesText } }));
        const double room = std::max(pt(40.0), width() - metrics.horizontalAdvance(without) - pt(4.0));
        const QString title = metrics.elidedText(qs(m_r.catalogTitle), Qt::ElideRight, room);
        const QString line = qs(fillTemplate(m_t.footer,
            { { "app", app }, { "catalog", title.toStdString() }, { "page", pageText }, { "pages", pagesText } }));
        const double y = m_pageHeight - pt(38.0);
        p.setPen(hairline(kRule));
        p.drawLine(QPointF(m_left, y), QPointF(m_right, y));
        const TextBox box(line, font, width() + pt(4.0), m_device);
        box.draw(p, QPointF(m_left, y + pt(4.0)), kMuted);
    }

    const Report& m_r;
    const ReportTexts& m_t;
    QPaintDevice* m_device;
    double m_pageWidth;
    double m_pageHeight;
    double m_left;
    double m_right;
    double m_bottom;
    bool m_charts;
    bool m_radarPlaced = false;
    double m_y = 0.0;
    std::vector<std::vector<Op>> m_pages;
};

QString failure(const std::string& path, const QString& reason)
{
    return QStringLiteral("cannot write the PDF report to '%1': %2").arg(qs(path), reason);
}

bool hasGuiApplication()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

} // namespace

int paintReport(const Report& report, QPainter& painter, QPagedPaintDevice& device, const ReportPaintOptions& options)
{
    const QPageLayout layout = device.pageLayout();
    const QRectF full = layout.fullRect(QPageLayout::Point);
    const QRectF printable = layout.paintRect(QPageLayout::Point);

    // The layout is measured at the PDF's 720 dpi whatever the device's resolution, so that
    // a printer or a preview gets the very pages of the PDF file (same breaks, same count).
    QByteArray unused;
    QBuffer unusedBuffer(&unused);
    std::unique_ptr<QPdfWriter> reference;
    QPaintDevice* metrics = &device;
    if (device.logicalDpiX() != kResolution || device.logicalDpiY() != kResolution) {
        reference = std::make_unique<QPdfWriter>(&unusedBuffer);
        reference->setResolution(kResolution);
        metrics = reference.get();
    }
    PdfComposer composer(report, metrics, full.size(), options.charts);
    composer.compose();
    const int count = composer.pageCount();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Device units per layout unit, and the page's origin: the painter starts at the
    // printable area's corner unless the device paints the full page (margins of zero).
    painter.scale(device.logicalDpiX() / static_cast<double>(kResolution),
        device.logicalDpiY() / static_cast<double>(kResolution));
    painter.translate(-pt(printable.left() - full.left()), -pt(printable.top() - full.top()));
    composer.paint(device, painter, options.fromPage > 0 ? options.fromPage : 1,
        options.toPage > 0 ? options.toPage : count);
    painter.restore();
    return count;
}

std::string printReport(const Report& report, QPagedPaintDevice& device, const ReportPaintOptions& options)
{
    if (!hasGuiApplication())
        return "cannot print the report: no QGuiApplication exists";
    QPainter painter;
    if (!painter.begin(&device))
        return "cannot print the report: the printer could not start (is it available, and is the output file writable?)";
    paintReport(report, painter, device, options);
    if (!painter.end())
        return "cannot print the report: the printer reported an error while finishing the job";
    return {};
}

std::string writeReportPdf(const Report& report, const std::string& path, const PdfOptions& options)
{
    if (!hasGuiApplication())
        return failure(path,
            QStringLiteral("no QGuiApplication exists (create one first; "
                           "QT_QPA_PLATFORM=offscreen works headless)"))
            .toStdString();
    if (path.empty())
        return failure(path, QStringLiteral("the path is empty")).toStdString();

    const QPageSize pageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);

    // Render into memory first, then replace the file atomically: a failed export never
    // leaves a half-written PDF behind.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(qs(report.title) + QStringLiteral(" · ") + qs(report.catalogTitle));
        writer.setCreator(QStringLiteral("ModelScout ") + qs(report.appVersion));

        QPainter painter;
        if (!painter.begin(&writer))
            return failure(path, QStringLiteral("the PDF writer could not start")).toStdString();
        ReportPaintOptions paintOptions;
        paintOptions.charts = options.charts;
        paintReport(report, painter, writer, paintOptions);
        painter.end();
    }
    if (pdf.isEmpty())
        return failure(path, QStringLiteral("Qt produced no PDF data")).toStdString();
    tagSubsetBaseFonts(pdf);
    compactTextRuns(pdf);

    QSaveFile file(QFileInfo(qs(path)).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString()).toStdString();
    if (file.write(pdf) != pdf.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(path, reason).toStdString();
    }
    if (!file.commit())
        return failure(path, file.errorString()).toStdString();
    return {};
}

std::string writePdfReport(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
    const std::string& path, const PdfReportOptions& options)
{
    for (const RankedAlternative& row : ranking.rows)
        if (row.alternativeIndex >= catalog.alternatives.size())
            return failure(path, QStringLiteral("the ranking does not belong to this catalog")).toStdString();
    Scenario scenario;
    scenario.method = ranking.method;
    scenario.normalisation = ranking.normalisation;
    scenario.missing = ranking.missing;
    scenario.constraints = ranking.constraints;
    scenario.weights = weights;
    ReportOptions reportOptions;
    reportOptions.language = options.lang;
    reportOptions.generatedAt = options.generatedAt;
    reportOptions.appVersion = options.appVersion;
    reportOptions.scenarioLabel = options.profileLabel;
    const Report report = buildReport(catalog, scenario, ranking, reportOptions);
    return writeReportPdf(report, path);
}

} // namespace ms
