// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMainWindow>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

class QAbstractItemModel;
class QLabel;
class QSlider;

namespace Ui {
class MainWindow;
}

namespace ms::gui {

class RankingSortProxy;
class RankingTableModel;
class ScoreBarDelegate;

/** The ModelScout main window: weights on the left, the ranking in the centre, the
 *  selected alternative's facts and explanation on the right.
 *
 *  It owns the loaded `Catalog`, asks the core for a `Ranking` whenever a weight
 *  changes (at once, no timer), and shows the result; it never computes a score. A
 *  catalog that fails to load is reported and the previous one stays in use. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Loads the catalog at `path` and ranks it with the first profile's weights.
     *  On error returns false, emits `catalogLoadFailed` and keeps the previous
     *  catalog; shows a message box only when the window is interactive. */
    bool loadCatalog(const QString& path);

    /** Whether errors are shown in modal message boxes (default true; false in tests). */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    [[nodiscard]] bool isInteractive() const { return m_interactive; }

    /** Writes the PDF report of the current ranking to `path`; returns "" or an error message. */
    QString exportPdf(const QString& path);

    /** Default size (1200 x 760) and splitter sizes, e.g. for reproducible screenshots. */
    void resetLayout();

    /** The weight slider of criterion `criterionId`, or nullptr. */
    [[nodiscard]] QSlider* weightSlider(const QString& criterionId) const;
    /** The model shown in the ranking view (the sorting proxy over the ranking model). */
    [[nodiscard]] QAbstractItemModel* rankingModel() const;
    /** The loaded catalog, or nullptr. */
    [[nodiscard]] const ms::Catalog* catalog() const { return m_catalog.get(); }
    /** The path of the loaded catalog, or empty. */
    [[nodiscard]] QString catalogPath() const { return m_catalogPath; }

Q_SIGNALS:
    /** Loading `path` failed; `message` lists the diagnostics, one per line. */
    void catalogLoadFailed(const QString& path, const QString& message);
    /** A catalog was loaded and ranked. */
    void catalogLoaded(const QString& path);
    /** The ranking was recomputed (or cleared because every weight is zero). */
    void rankingChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupView();
    void setupActions();
    void restoreSettings();
    void saveSettings();
    void rerank();
    void updateDetails();
    void updateTitleAndStatus();
    void selectAlternativeRow(int sourceRow);
    void openCatalogDialog();
    void exportPdfDialog();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ms::Catalog> m_catalog;
    ms::Ranking m_ranking;
    bool m_hasRanking = false;
    QString m_catalogPath;
    bool m_interactive = true;
    RankingTableModel* m_model = nullptr;
    RankingSortProxy* m_proxy = nullptr;
    ScoreBarDelegate* m_scoreDelegate = nullptr;
    QLabel* m_catalogStatus = nullptr;
    QLabel* m_countStatus = nullptr;
};

} // namespace ms::gui
