// SPDX-License-Identifier: MIT
#include "gui/dialogs/rocweightsdialog.h"

#include <algorithm>
#include <variant>

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include "core/decision/elicitation.h"
#include "gui/language.h"
#include "gui/textutil.h"

#include "ui_rocweightsdialog.h"

namespace ms::gui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int DescriptionRole = Qt::UserRole + 2;

QTableWidgetItem* previewCell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

RocWeightsDialog::RocWeightsDialog(const ms::Catalog& catalog, const ms::Weights& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RocWeightsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rocWeightsDialog"));

    for (const ms::Criterion& criterion : catalog.criteria)
        m_criteria.push_back({ qs(criterion.id), qs(criterion.label.get(catalogLanguage())), qs(criterion.description.get(catalogLanguage())) });

    auto weightOf = [&current](const QString& id) {
        const auto it = current.find(id.toStdString());
        return it != current.end() && it->second > 0.0 ? it->second : 0.0;
    };
    std::vector<std::size_t> ranked;
    std::vector<std::size_t> leftOut;
    for (std::size_t i = 0; i < m_criteria.size(); ++i)
        (weightOf(m_criteria[i].id) > 0.0 ? ranked : leftOut).push_back(i);
    if (ranked.empty())
        std::swap(ranked, leftOut);
    std::stable_sort(ranked.begin(), ranked.end(),
        [&](std::size_t a, std::size_t b) { return weightOf(m_criteria[a].id) > weightOf(m_criteria[b].id); });
    for (std::size_t k = 0; k < ranked.size(); ++k) {
        QListWidgetItem* item = makeItem(m_criteria[ranked[k]]);
        const bool tied = k > 0 && weightOf(m_criteria[ranked[k]].id) == weightOf(m_criteria[ranked[k - 1]].id)
            && weightOf(m_criteria[ranked[k]].id) > 0.0;
        item->setCheckState(tied ? Qt::Checked : Qt::Unchecked);
        m_ui->rankedList->addItem(item);
    }
    for (std::size_t i : leftOut)
        m_ui->leftOutList->addItem(makeItem(m_criteria[i]));

    QTableWidget* preview = m_ui->previewTable;
    preview->setColumnCount(3);
    preview->setHorizontalHeaderLabels({ tr("Position"), tr("Criterion"), tr("Weight") });
    preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    preview->verticalHeader()->setDefaultSectionSize(preview->fontMetrics().height() + 6);
    preview->setWordWrap(false);

    m_ui->rankedList->installEventFilter(this);
    m_ui->rankedList->setFocus();
    if (m_ui->rankedList->count() > 0)
        m_ui->rankedList->setCurrentRow(0);

    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_ui->leaveOutButton, &QPushButton::clicked, this, &RocWeightsDialog::leaveOutCurrent);
    connect(m_ui->includeButton, &QPushButton::clicked, this, &RocWeightsDialog::includeCurrent);
    connect(m_ui->rankedList, &QListWidget::itemChanged, this, &RocWeightsDialog::scheduleRefresh);
    connect(m_ui->rankedList, &QListWidget::currentRowChanged, this, &RocWeightsDialog::scheduleRefresh);
    connect(m_ui->leftOutList, &QListWidget::currentRowChanged, this, &RocWeightsDialog::scheduleRefresh);
    // Drag and drop inserts, moves and removes rows; the items' data arrive after the
    // rows, so the preview is brought up to date once the event is over.
    for (QListWidget* list : { m_ui->rankedList, m_ui->leftOutList }) {
        QAbstractItemModel* model = list->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &RocWeightsDialog::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RocWeightsDialog::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsMoved, this, &RocWeightsDialog::scheduleRefresh);
    }
    refresh();
}

RocWeightsDialog::~RocWeightsDialog() = default;

QListWidget* RocWeightsDialog::rankedList() const
{
    return m_ui->rankedList;
}

QListWidget* RocWeightsDialog::leftOutList() const
{
    return m_ui->leftOutList;
}

QListWidgetItem* RocWeightsDialog::makeItem(const CriterionInfo& info) const
{
    auto* item = new QListWidgetItem(info.label);
    item->setData(IdRole, info.id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsUserCheckable);
    QString tip = info.label;
    if (!info.description.isEmpty())
        tip += QLatin1Char('\n') + info.description;
    item->setData(DescriptionRole, tip);
    item->setToolTip(plainToolTip(tip));
    return item;
}

QStringList RocWeightsDialog::order() const
{
    QStringList ids;
    for (int r = 0; r < m_ui->rankedList->count(); ++r)
        ids << m_ui->rankedList->item(r)->data(IdRole).toString();
    return ids;
}

std::vector<int> RocWeightsDialog::positions() const
{
    std::vector<int> out;
    for (int r = 0; r < m_ui->rankedList->count(); ++r) {
        const QVariant state = m_ui->rankedList->item(r)->data(Qt::CheckStateRole);
        const bool tied = r > 0 && state.isValid() && state.toInt() == Qt::Checked;
        out.push_back(tied ? out.back() : r + 1);
    }
    return out;
}

void RocWeightsDialog::setOrder(const QStringList& ids, const QStringList& tiedWithAbove)
{
    m_refreshing = true;
    m_ui->rankedList->clear();
    m_ui->leftOutList->clear();
    QStringList added;
    for (const QString& id : ids) {
        const auto it
            = std::find_if(m_criteria.begin(), m_criteria.end(), [&id](const CriterionInfo& c) { return c.id == id; });
        if (it == m_criteria.end() || added.contains(id))
            continue;
        added << id;
        QListWidgetItem* item = makeItem(*it);
        item->setCheckState(tiedWithAbove.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_ui->rankedList->addItem(item);
    }
    for (const CriterionInfo& info : m_criteria) {
        if (!added.contains(info.id))
            m_ui->leftOutList->addItem(makeItem(info));
    }
    m_refreshing = false;
    refresh();
}

void RocWeightsDialog::moveCurrent(int delta)
{
    QListWidget* list = m_ui->rankedList;
    const int row = list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    m_refreshing = true;
    QListWidgetItem* item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
    m_refreshing = false;
    refresh();
}

void RocWeightsDialog::leaveOutCurrent()
{
    const int row = m_ui->rankedList->currentRow();
    if (row < 0)
        return;
    m_refreshing = true;
    QListWidgetItem* item = m_ui->rankedList->takeItem(row);
    item->setData(Qt::CheckStateRole, QVariant());
    m_ui->leftOutList->addItem(item);
    m_ui->leftOutList->setCurrentItem(item);
    m_refreshing = false;
    refresh();
}

void RocWeightsDialog::includeCurrent()
{
    const int row = m_ui->leftOutList->currentRow();
    if (row < 0)
        return;
    m_refreshing = true;
    QListWidgetItem* item = m_ui->leftOutList->takeItem(row);
    item->setCheckState(Qt::Unchecked);
    m_ui->rankedList->addItem(item);
    m_ui->rankedList->setCurrentItem(item);
    m_refreshing = false;
    refresh();
}

bool RocWeightsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->rankedList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RocWeightsDialog::scheduleRefresh()
{
    if (m_refreshing || m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void RocWeightsDialog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    QListWidget* ranked = m_ui->rankedList;
    QListWidget* leftOut = m_ui->leftOutList;

    // The first criterion has nothing above it to tie with, and left-out criteria rank
    // nowhere: neither shows a tie box.
    for (int r = 0; r < ranked->count(); ++r) {
        QListWidgetItem* item = ranked->item(r);
        if (r == 0) {
            if (item->data(Qt::CheckStateRole).isValid())
                item->setData(Qt::CheckStateRole, QVariant());
            item->setToolTip(plainToolTip(item->data(DescriptionRole).toString()));
        } else {
            if (!item->data(Qt::CheckStateRole).isValid())
                item->setCheckState(Qt::Unchecked);
            item->setToolTip(plainToolTip(
                item->data(DescriptionRole).toString() + QLatin1Char('\n') + tr("Tick to tie it with the one above")));
        }
        item->setData(Qt::AccessibleDescriptionRole,
            item->checkState() == Qt::Checked ? tr("tied with the one above") : QString());
    }
    for (int r = 0; r < leftOut->count(); ++r) {
        QListWidgetItem* item = leftOut->item(r);
        if (item->data(Qt::CheckStateRole).isValid())
            item->setData(Qt::CheckStateRole, QVariant());
    }

    const std::vector<int> pos = positions();
    m_weights.clear();
    QString error;
    std::vector<double> rocWeights;
    if (!pos.empty()) {
        auto result = ms::rankOrderCentroidWeights(pos);
        if (auto* w = std::get_if<std::vector<double>>(&result))
            rocWeights = std::move(*w);
        else
            error = qs(std::get<ms::RankingError>(result).message);
    }

    const QLocale locale;
    QTableWidget* preview = m_ui->previewTable;
    preview->setRowCount(ranked->count());
    for (int r = 0; r < ranked->count(); ++r) {
        const QListWidgetItem* item = ranked->item(r);
        const auto k = static_cast<std::size_t>(r);
        const bool tied = (r > 0 && pos[k] == pos[k - 1]) || (k + 1 < pos.size() && pos[k + 1] == pos[k]);
        const QString position = tied ? tr("= %1").arg(locale.toString(pos[k])) : locale.toString(pos[k]);
        const double w = k < rocWeights.size() ? rocWeights[k] : 0.0;
        preview->setItem(r, 0, previewCell(position, Qt::AlignRight | Qt::AlignVCenter));
        preview->setItem(r, 1, previewCell(item->text()));
        preview->setItem(
            r, 2, previewCell(tr("%1 %").arg(locale.toString(w * 100.0, 'f', 1)), Qt::AlignRight | Qt::AlignVCenter));
    }
    if (!rocWeights.empty()) {
        for (const CriterionInfo& info : m_criteria)
            m_weights[info.id.toStdString()] = 0.0;
        for (int r = 0; r < ranked->count(); ++r)
            m_weights[ranked->item(r)->data(IdRole).toString().toStdString()] = rocWeights[static_cast<std::size_t>(r)];
    }

    const int row = ranked->currentRow();
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < ranked->count());
    m_ui->leaveOutButton->setEnabled(row >= 0);
    m_ui->includeButton->setEnabled(leftOut->currentRow() >= 0);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_weights.empty());
    if (!error.isEmpty())
        m_ui->statusLabel->setText(error);
    else if (ranked->count() == 0)
        m_ui->statusLabel->setText(tr("Rank at least one criterion."));
    else
        m_ui->statusLabel->setText(leftOut->count() == 0 ? QString() : tr("Criteria left out get weight 0."));
    m_refreshing = false;
}

QString RocWeightsDialog::previewText() const
{
    QStringList lines;
    const QTableWidget* preview = m_ui->previewTable;
    for (int r = 0; r < preview->rowCount(); ++r) {
        lines << QStringLiteral("%1. %2 %3")
                     .arg(preview->item(r, 0)->text(), preview->item(r, 1)->text(), preview->item(r, 2)->text());
    }
    return lines.join(QLatin1Char('\n'));
}

ms::Weights RocWeightsDialog::weights() const
{
    return m_weights;
}

} // namespace ms::gui
