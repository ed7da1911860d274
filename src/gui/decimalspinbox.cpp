// SPDX-License-Identifier: MIT
#include "gui/decimalspinbox.h"

#include <algorithm>
#include <cmath>

namespace ms::gui {

namespace {

/** What `text` holds, as far as it goes: the ASCII form "-12.5" of a number typed in
 *  `locale`, whether it is complete, and whether it can still become one. */
struct Scan {
    QString ascii;
    int decimals = 0;
    bool complete = false;
    bool possible = false;
};

Scan scan(const QString& text, const QLocale& locale)
{
    Scan result;
    const QString decimal = locale.decimalPoint();
    const QString minus = locale.negativeSign();
    bool seenDigit = false;
    bool seenSeparator = false;
    qsizetype i = 0;
    if (text.startsWith(QLatin1Char('-'))) {
        result.ascii += QLatin1Char('-');
        i = 1;
    } else if (!minus.isEmpty() && text.startsWith(minus)) {
        result.ascii += QLatin1Char('-');
        i = minus.size();
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const int digit = c.digitValue();
            if (digit < 0 || digit > 9)
                return result;
            result.ascii += QChar(u'0' + digit);
            seenDigit = true;
            if (seenSeparator)
                ++result.decimals;
        } else if (!seenSeparator && (c == QLatin1Char('.') || QStringView(text).mid(i).startsWith(decimal))) {
            seenSeparator = true;
            result.ascii += QLatin1Char('.');
            if (c != QLatin1Char('.'))
                i += decimal.size() - 1;
        } else {
            return result; // a letter, a group separator or a second decimal separator
        }
    }
    result.possible = true;
    result.complete = seenDigit;
    return result;
}

} // namespace

DecimalSpinBox::DecimalSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(4);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

std::optional<double> DecimalSpinBox::parseNumber(const QString& text, const QLocale& locale)
{
    const Scan s = scan(text.trimmed(), locale);
    if (!s.possible || !s.complete)
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(s.ascii, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString DecimalSpinBox::stripAffixes(const QString& text) const
{
    QString core = text;
    if (!prefix().isEmpty() && core.startsWith(prefix()))
        core.remove(0, prefix().size());
    if (!suffix().isEmpty() && core.endsWith(suffix()))
        core.chop(suffix().size());
    return core.trimmed();
}

QValidator::State DecimalSpinBox::validate(QString& input, int& pos) const
{
    Q_UNUSED(pos);
    const QString core = stripAffixes(input);
    if (core.isEmpty())
        return QValidator::Intermediate;
    const Scan s = scan(core, locale());
    if (!s.possible || s.decimals > decimals())
        return QValidator::Invalid;
    if (s.ascii.startsWith(QLatin1Char('-')) && minimum() >= 0.0)
        return QValidator::Invalid;
    if (!s.complete)
        return QValidator::Intermediate;
    bool ok = false;
    const double value = QLocale::c().toDouble(s.ascii, &ok);
    if (!ok)
        return QValidator::Invalid;
    if (value > maximum())
        return value >= 0.0 ? QValidator::Invalid : QValidator::Intermediate;
    if (value < minimum())
        return value <= 0.0 ? QValidator::Invalid : QValidator::Intermediate;
    return QValidator::Acceptable;
}

double DecimalSpinBox::valueFromText(const QString& text) const
{
    const std::optional<double> value = parseNumber(stripAffixes(text), locale());
    return value ? std::clamp(*value, minimum(), maximum()) : this->value();
}

QString DecimalSpinBox::textFromValue(double value) const
{
    QLocale shown = locale();
    shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
    // Rounded to the box's decimals first, so 0.30000000000000004 shows as "0.3".
    const double scale = std::pow(10.0, decimals());
    const double rounded = std::round(value * scale) / scale;
    return shown.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace ms::gui
