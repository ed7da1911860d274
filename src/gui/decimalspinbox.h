// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDoubleSpinBox>
#include <QLocale>
#include <QString>

namespace ms::gui {

/** A QDoubleSpinBox for numbers typed by people in any locale (case C03).
 *
 *  It accepts the widget locale's decimal separator and also '.', never a group
 *  separator: under Turkish "0,5" and "0.5" are 0.5, and "1.234" is 1.234, never
 *  silently 1234 (a second separator is refused as it is typed). It shows numbers in
 *  the locale's form without group separators and without trailing zeros ("0,5",
 *  "1000"). What it returns is a double; write it out with a locale-free function. */
class DecimalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget* parent = nullptr);

    /** Reads `text` as typed in `locale`: optional minus, digits, at most one decimal
     *  separator (the locale's or '.'), no group separators. nullopt when it is not a
     *  complete number. */
    [[nodiscard]] static std::optional<double> parseNumber(const QString& text, const QLocale& locale);

    QValidator::State validate(QString& input, int& pos) const override;
    double valueFromText(const QString& text) const override;
    QString textFromValue(double value) const override;

private:
    [[nodiscard]] QString stripAffixes(const QString& text) const;
};

} // namespace ms::gui
