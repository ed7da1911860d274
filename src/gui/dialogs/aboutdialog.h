// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QPlainTextEdit;
class QTabWidget;

namespace ms {
struct Catalog;
}

namespace ms::gui {

/** Help › About ModelScout: the version and what the program does; the loaded catalog
 *  (title, version, as-of date and every source it cites, title and URL); ModelScout's
 *  licence (the LICENSE file, from the resources) and the licences of the libraries it
 *  uses; and an "About Qt" button. Catalog text is untrusted: it is shown as plain text
 *  only (QPlainTextEdit, labels with Qt::PlainText), so a title like "<b>x</b>" or a
 *  "javascript:" URL prints literally and nothing is a link. The dialog copies what it
 *  shows; `catalog` may be nullptr. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const ms::Catalog* catalog, QWidget* parent = nullptr);

    /** The catalog page's text: title, version, as-of date and the sources, one per entry. */
    [[nodiscard]] QString catalogText() const;
    /** The licences page's text: ModelScout's licence, then the libraries'. */
    [[nodiscard]] QString licenceText() const;

    /** The text of the libraries' licences (also for docs and tests). */
    [[nodiscard]] static QString thirdPartyText();
    /** The text of ModelScout's own LICENSE file, from the resources. */
    [[nodiscard]] static QString ownLicenceText();

private:
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_catalogText = nullptr;
    QPlainTextEdit* m_licenceText = nullptr;
};

} // namespace ms::gui
