// SPDX-License-Identifier: MIT
#include "gui/dialogs/ahpdialog.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include "gui/language.h"
#include "gui/textutil.h"

#include "ui_ahpdialog.h"

namespace ms::gui {

namespace {

/** Scale points, combo order: 9 … 2 favour the left criterion, 1 is equal, −2 … −9
 *  favour the right one. a_ij = k for k >= 1 and 1 / |k| for k <= −2. */
constexpr int ScaleIndexCount = 17;

int scaleAt(int index)
{
    return index <= 8 ? 9 - index : -(index - 7);
}

int indexOfScale(int k)
{
    return k >= 1 ? 9 - k : -k + 7;
}

double ratioOf(int k)
{
    return k >= 1 ? static_cast<double>(k) : 1.0 / static_cast<double>(-k);
}

/** The scale point nearest to `ratio` on a log scale. */
int nearestScale(double ratio)
{
    if (!std::isfinite(ratio) || ratio <= 0.0)
        return 1;
    const double magnitude = std::clamp(ratio >= 1.0 ? ratio : 1.0 / ratio, 1.0, 9.0);
    int best = 1;
    for (int k = 2; k <= 9; ++k) {
        if (std::fabs(std::log(magnitude) - std::log(k)) < std::fabs(std::log(magnitude) - std::log(best)))
            best = k;
    }
    return (ratio >= 1.0 || best == 1) ? best : -best;
}

QString scaleText(int k)
{
    const QLocale locale;
    const int magnitude = std::abs(k);
    QString words;
    switch (magnitude) {
    case 9:
        words = AhpDialog::tr("extremely more important");
        break;
    case 7:
        words = AhpDialog::tr("very strongly more important");
        break;
    case 5:
        words = AhpDialog::tr("strongly more important");
        break;
    case 3:
        words = AhpDialog::tr("moderately more important");
        break;
    default:
        break;
    }
    if (k == 1)
        return AhpDialog::tr("1  equally important");
    const QString number = locale.toString(magnitude);
    const QString body = words.isEmpty() ? number : AhpDialog::tr("%1  %2").arg(number, words);
    return k > 0 ? AhpDialog::tr("◀  %1").arg(body) : AhpDialog::tr("%1  ▶").arg(body);
}

QTableWidgetItem* tableCell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

AhpDialog::AhpDialog(const ms::Catalog& catalog, const ms::Weights& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AhpDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ahpDialog"));

    auto weightOf = [&current](const std::string& id) {
        const auto it = current.find(id);
        return it != current.end() && std::isfinite(it->second) && it->second > 0.0 ? it->second : 0.0;
    };
    std::vector<std::size_t> chosen;
    for (std::size_t j = 0; j < catalog.criteria.size(); ++j) {
        m_allIds.push_back(qs(catalog.criteria[j].id));
        if (weightOf(catalog.criteria[j].id) > 0.0)
            chosen.push_back(j);
    }
    QStringList leftOut;
    if (chosen.size() < 2) {
        chosen.clear();
        for (std::size_t j = 0; j < catalog.criteria.size(); ++j)
            chosen.push_back(j);
    } else {
        // The heaviest first decide who stays when there are more than ten; the matrix
        // keeps catalog order.
        std::vector<std::size_t> byWeight = chosen;
        std::stable_sort(byWeight.begin(), byWeight.end(), [&](std::size_t a, std::size_t b) {
            return weightOf(catalog.criteria[a].id) > weightOf(catalog.criteria[b].id);
        });
        if (byWeight.size() > static_cast<std::size_t>(MaximumCriteria)) {
            for (std::size_t k = MaximumCriteria; k < byWeight.size(); ++k)
                leftOut << qs(catalog.criteria[byWeight[k]].label.get(catalogLanguage()));
            byWeight.resize(MaximumCriteria);
            std::sort(byWeight.begin(), byWeight.end());
            chosen = byWeight;
        }
    }
    if (chosen.size() > static_cast<std::size_t>(MaximumCriteria)) {
        for (std::size_t k = MaximumCriteria; k < chosen.size(); ++k)
            leftOut << qs(catalog.criteria[chosen[k]].label.get(catalogLanguage()));
        chosen.resize(MaximumCriteria);
    }
    for (std::size_t j : chosen)
        m_compared.push_back({ qs(catalog.criteria[j].id), qs(catalog.criteria[j].label.get(catalogLanguage())) });

    const QLocale locale;
    QString selection;
    if (m_compared.size() < 2)
        selection = tr("The catalog needs at least two criteria to compare.");
    else if (!leftOut.isEmpty())
        selection = tr("The process takes at most %1 criteria: the %1 most heavily weighted are compared; "
                       "%2 get weight 0.")
                        .arg(locale.toString(MaximumCriteria), leftOut.join(QStringLiteral(", ")));
    else if (m_compared.size() < m_allIds.size())
        selection = tr("The criteria weighted now are compared; the others keep weight 0.");
    m_ui->selectionLabel->setText(selection);
    m_ui->selectionLabel->setVisible(!selection.isEmpty());

    QTableWidget* table = m_ui->weightsTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Criterion"), tr("Weight") });
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setWordWrap(false);

    QLabel* warning = m_ui->warningLabel;
    warning->setAutoFillBackground(true);
    QPalette warningPalette = warning->palette();
    warningPalette.setColor(QPalette::Window, warningPalette.color(QPalette::ToolTipBase));
    warningPalette.setColor(QPalette::WindowText, warningPalette.color(QPalette::ToolTipText));
    warning->setPalette(warningPalette);
    warning->setVisible(false);

    // First judgements: the ratio of the current weights, rounded to the scale.
    std::vector<double> start;
    for (const CriterionInfo& c : m_compared)
        start.push_back(weightOf(c.id.toStdString()));
    buildGrid();
    for (std::size_t i = 0; i < m_compared.size(); ++i) {
        for (std::size_t j = i + 1; j < m_compared.size(); ++j) {
            const int k = (start[i] > 0.0 && start[j] > 0.0) ? nearestScale(start[i] / start[j]) : 1;
            m_boxes[i][j]->setCurrentIndex(indexOfScale(k));
        }
    }
    refresh();
}

AhpDialog::~AhpDialog() = default;

void AhpDialog::buildGrid()
{
    QGridLayout* grid = m_ui->comparisonsLayout;
    const std::size_t n = m_compared.size();
    m_boxes.assign(n, std::vector<QComboBox*>(n, nullptr));
    int row = 0;
    QWidget* previous = nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            auto* left = new QLabel(m_compared[i].label, m_ui->comparisonsWidget);
            left->setTextFormat(Qt::PlainText);
            left->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto* right = new QLabel(m_compared[j].label, m_ui->comparisonsWidget);
            right->setTextFormat(Qt::PlainText);
            auto* box = new QComboBox(m_ui->comparisonsWidget);
            box->setObjectName(QStringLiteral("comparison_%1_%2").arg(i).arg(j));
            for (int index = 0; index < ScaleIndexCount; ++index)
                box->addItem(scaleText(scaleAt(index)), scaleAt(index));
            box->setCurrentIndex(indexOfScale(1));
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            const QString question
                = tr("How much more important is %1 than %2?").arg(m_compared[i].label, m_compared[j].label);
            box->setAccessibleName(tr("%1 compared with %2").arg(m_compared[i].label, m_compared[j].label));
            box->setToolTip(plainToolTip(question));
            left->setBuddy(box);
            connect(box, &QComboBox::currentIndexChanged, this, &AhpDialog::refresh);
            grid->addWidget(left, row, 0);
            grid->addWidget(box, row, 1);
            grid->addWidget(right, row, 2);
            if (previous != nullptr)
                QWidget::setTabOrder(previous, box);
            previous = box;
            m_boxes[i][j] = box;
            ++row;
        }
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
}

QStringList AhpDialog::criterionIds() const
{
    QStringList ids;
    for (const CriterionInfo& c : m_compared)
        ids << c.id;
    return ids;
}

QComboBox* AhpDialog::comparisonBox(int i, int j) const
{
    const auto n = static_cast<int>(m_compared.size());
    if (i < 0 || j <= i || j >= n)
        return nullptr;
    return m_boxes[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
}

bool AhpDialog::setComparison(int i, int j, double value)
{
    QComboBox* box = comparisonBox(i, j);
    if (box == nullptr || !std::isfinite(value) || value <= 0.0)
        return false;
    box->setCurrentIndex(indexOfScale(nearestScale(value)));
    return true;
}

double AhpDialog::comparison(int i, int j) const
{
    const std::vector<std::vector<double>> a = matrix();
    if (i < 0 || j < 0 || static_cast<std::size_t>(i) >= a.size() || static_cast<std::size_t>(j) >= a.size())
        return 0.0;
    return a[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
}

std::vector<std::vector<double>> AhpDialog::matrix() const
{
    const std::size_t n = m_compared.size();
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 1.0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const int k = m_boxes[i][j]->currentData().toInt();
            a[i][j] = ratioOf(k);
            a[j][i] = ratioOf(-k); // the reciprocal: 1/k, or |k| when j is favoured
        }
    }
    return a;
}

void AhpDialog::refresh()
{
    m_result.reset();
    m_weights.clear();
    const QLocale locale;
    QTableWidget* table = m_ui->weightsTable;
    QString consistency;
    QString warning;
    if (m_compared.size() >= 2) {
        auto outcome = ms::analyticHierarchyProcess(matrix());
        if (auto* result = std::get_if<ms::AhpResult>(&outcome)) {
            m_result = std::move(*result);
        } else {
            consistency = qs(std::get<ms::RankingError>(outcome).message);
        }
    }
    table->setRowCount(static_cast<int>(m_compared.size()));
    for (std::size_t i = 0; i < m_compared.size(); ++i) {
        const double w = m_result ? m_result->weights[i] : 0.0;
        table->setItem(static_cast<int>(i), 0, tableCell(m_compared[i].label));
        table->setItem(static_cast<int>(i), 1,
            tableCell(tr("%1 %").arg(locale.toString(w * 100.0, 'f', 1)), Qt::AlignRight | Qt::AlignVCenter));
    }
    if (m_result) {
        for (const QString& id : m_allIds)
            m_weights[id.toStdString()] = 0.0;
        for (std::size_t i = 0; i < m_compared.size(); ++i)
            m_weights[m_compared[i].id.toStdString()] = m_result->weights[i];
        const QString cr = locale.toString(m_result->consistencyRatio, 'f', 2);
        consistency = m_result->acceptable
            ? tr("Consistency ratio: %1 (consistent enough: at most %2)").arg(cr, locale.toString(0.10, 'f', 2))
            : tr("Consistency ratio: %1 (above %2)").arg(cr, locale.toString(0.10, 'f', 2));
        m_ui->consistencyLabel->setToolTip(
            tr("λmax %1, consistency index %2, random index %3 (Saaty 1980)")
                .arg(locale.toString(m_result->lambdaMax, 'f', 3), locale.toString(m_result->consistencyIndex, 'f', 3),
                    locale.toString(m_result->randomIndex, 'f', 2)));
        if (!m_result->acceptable && m_result->worstRow < m_compared.size()
            && m_result->worstColumn < m_compared.size()) {
            warning = tr("The judgements contradict each other: the consistency ratio %1 is above %2. "
                         "Review the comparison of %3 with %4.")
                          .arg(cr, locale.toString(0.10, 'f', 2), m_compared[m_result->worstRow].label,
                              m_compared[m_result->worstColumn].label);
        }
    }
    m_ui->consistencyLabel->setText(consistency);
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_weights.empty());
}

QString AhpDialog::consistencyText() const
{
    return m_ui->consistencyLabel->text();
}

QString AhpDialog::warningText() const
{
    return m_ui->warningLabel->text();
}

ms::Weights AhpDialog::weights() const
{
    return m_weights;
}

} // namespace ms::gui
