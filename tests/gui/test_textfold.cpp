// SPDX-License-Identifier: MIT
// Unit tests of the GUI's text helpers: search folding (case C02), locale-aware number
// entry (case C03) and constraints in plain words.

#include <optional>

#include <gtest/gtest.h>

#include <QLocale>
#include <QString>
#include <QStringList>

#include "core/catalog/loader.h"
#include "core/decision/constraints.h"
#include "gui/constraintseditor.h"
#include "gui/decimalspinbox.h"
#include "gui/textfold.h"
#include "guitestutil.h"

using ms::gui::DecimalSpinBox;
using ms::gui::foldForSearch;

// C02: the Turkish I's fold to "i" both ways; accents and the dot above go; the case
// folding never depends on the process locale.
TEST(TextFoldTest, FoldsTurkishLettersAndAccents)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("ASİSTAN")), QStringLiteral("asistan"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ASISTAN")), QStringLiteral("asistan"));
    EXPECT_EQ(foldForSearch(QStringLiteral("asistan")), QStringLiteral("asistan"));
    EXPECT_EQ(foldForSearch(QStringLiteral("asıstan")), QStringLiteral("asistan"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Çeviri Asistanı")), QStringLiteral("ceviri asistani"));
    EXPECT_EQ(foldForSearch(QStringLiteral("İstanbul")), QStringLiteral("istanbul"));
    EXPECT_EQ(foldForSearch(QStringLiteral("İSTANBUL")), QStringLiteral("istanbul"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ISTANBUL")), QStringLiteral("istanbul"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ŞĞÜÖ çğüöş")), QStringLiteral("sguo cguos"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Straße")), QStringLiteral("strasse"));
    // Decomposed input (NFD) folds like the composed form.
    EXPECT_EQ(foldForSearch(QStringLiteral("C\u0327eviri")), foldForSearch(QStringLiteral("Çeviri")));
    // Other text is kept: digits, the lira sign, punctuation.
    EXPECT_EQ(foldForSearch(QStringLiteral("₺0,02")), QStringLiteral("₺0,02"));
    EXPECT_TRUE(foldForSearch(QString()).isEmpty());
}

TEST(TextFoldTest, FoldIgnoresTheProcessLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    EXPECT_EQ(foldForSearch(QStringLiteral("INWORLD")), QStringLiteral("inworld"));
    EXPECT_EQ(foldForSearch(QStringLiteral("OpenAI")), QStringLiteral("openai"));
    QLocale::setDefault(previous);
}

TEST(TextFoldTest, EveryWordMustMatch)
{
    const QString haystack = foldForSearch(QStringLiteral("Çeviri Asistanı\nİstanbul sunucusu ₺0,02"));
    auto matches = [&haystack](const char* query) {
        return ms::gui::matchesSearch(haystack, ms::gui::foldedSearchTerms(QString::fromUtf8(query)));
    };
    for (const char* query : {"ASİSTAN", "ASISTAN", "asistan", "asıstan", "istanbul", "İSTANBUL", "  asistan   istanbul ",
                              "sunucu", "₺0,02", ""})
        EXPECT_TRUE(matches(query)) << query;
    for (const char* query : {"xyz", "asistan xyz", "ankara"})
        EXPECT_FALSE(matches(query)) << query;
}

// C03: the locale's decimal separator or '.', never a group separator.
TEST(DecimalSpinBoxTest, ParsesNumbersTypedInTheUsersLocale)
{
    const QLocale turkish(QLocale::Turkish, QLocale::Turkey);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("0,5"), turkish), std::optional<double>(0.5));
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("0.5"), turkish), std::optional<double>(0.5));
    // Never silently 1234 (the Turkish group separator) or 0.
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("1.234"), turkish), std::optional<double>(1.234));
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("1.234,5"), turkish), std::nullopt);
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("0.5"), english), std::optional<double>(0.5));
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("1,234"), english), std::nullopt);
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("-2,25"), turkish), std::optional<double>(-2.25));
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral("abc"), english), std::nullopt);
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral(""), english), std::nullopt);
    EXPECT_EQ(DecimalSpinBox::parseNumber(QStringLiteral(","), turkish), std::nullopt);
}

TEST(DecimalSpinBoxTest, ShowsTheLocaleFormWithoutGroupSeparators)
{
    DecimalSpinBox box;
    box.setLocale(QLocale(QLocale::Turkish, QLocale::Turkey));
    box.setRange(0.0, 1e9);
    box.setValue(1234.5);
    EXPECT_EQ(box.text(), QStringLiteral("1234,5"));
    box.setValue(0.3);
    EXPECT_EQ(box.text(), QStringLiteral("0,3"));
    box.setValue(1000);
    EXPECT_EQ(box.text(), QStringLiteral("1000"));
}

TEST(ConstraintTextTest, SaysConstraintsInPlainWords)
{
    const ms::CatalogLoadResult loaded = ms::loadCatalogFromFile(
        QFile::encodeName(guitest::testData("three_by_three.json")).toStdString());
    ASSERT_TRUE(loaded.ok());
    const ms::Catalog& catalog = *loaded.catalog;
    auto text = [&catalog](const char* constraint) {
        auto parsed = ms::parseConstraint(constraint, catalog);
        EXPECT_TRUE(std::holds_alternative<ms::Constraint>(parsed)) << constraint;
        return ms::gui::describeConstraint(std::get<ms::Constraint>(parsed), catalog);
    };
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(text("voice == true"), QStringLiteral("Voice is yes"));
    EXPECT_EQ(text("voice == false"), QStringLiteral("Voice is no"));
    EXPECT_EQ(text("quota >= 40"), QStringLiteral("Free quota at least 40\u00A0messages/month"));
    EXPECT_EQ(text("price <= 0.5"), QStringLiteral("Price at most 0.5\u00A0USD/month"));
    QLocale::setDefault(previous);
}
