// SPDX-License-Identifier: MIT
#include "gui/textfold.h"

#include <QChar>
#include <QList>

namespace ms::gui {

QString foldForSearch(const QString& text)
{
    // The Turkish I's first: case folding alone maps İ to "i̇" and leaves ı as it is.
    QString mapped = text;
    for (QChar& c : mapped) {
        const char16_t u = c.unicode();
        if (u == u'\u0130' || u == u'\u0131' || u == u'I')
            c = QLatin1Char('i');
    }
    const QString decomposed = mapped.toCaseFolded().normalized(QString::NormalizationForm_D);

    QList<uint> kept;
    kept.reserve(decomposed.size());
    for (const uint codePoint : decomposed.toUcs4()) {
        switch (QChar::category(static_cast<char32_t>(codePoint))) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break; // accents and the dot above: not significant for search
        default:
            kept.append(codePoint);
        }
    }
    QString folded = QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size());
    // Simple case folding keeps ß; full folding (and German users) write "ss".
    folded.replace(QChar(u'\u00DF'), QStringLiteral("ss"));
    return folded;
}

QStringList foldedSearchTerms(const QString& query)
{
    QStringList terms;
    for (const QString& word : query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString folded = foldForSearch(word);
        if (!folded.isEmpty())
            terms << folded;
    }
    return terms;
}

bool matchesSearch(const QString& foldedText, const QStringList& terms)
{
    for (const QString& term : terms) {
        if (!foldedText.contains(term))
            return false;
    }
    return true;
}

} // namespace ms::gui
