// SPDX-License-Identifier: MIT
#include "core/report/reporttext.h"

#include <cmath>
#include <string>

#include "core/util/text.h"

namespace ms {

namespace {

ReportTexts makeEnglish()
{
    ReportTexts t;
    t.title = "ModelScout recommendation report";
    t.generated = "Generated";
    t.appVersion = "App version";
    t.catalog = "Catalog";
    t.catalogVersion = "Catalog version";
    t.dataAsOf = "Data as of";
    t.staleFacts = "{stale} of {total} facts are older than 12 months on {date}: check current prices and "
                   "terms before you decide.";
    t.noStaleFacts = "All {total} facts are at most 12 months old on {date}.";
    t.scoreOutOf100 = "a score of {score} out of 100";
    t.scorePlain = "a score of {score}";
    t.recommendation = "{name} ({kind}) ranks first with {scorePhrase}, {gap} points ahead of the runner-up "
                       "{runner} ({runnerScore}).";
    t.recommendationOnly = "{name} ({kind}) is the only alternative that passes the constraints, with {scorePhrase}.";
    t.recommendationTie = "{names} share first place with {scorePhrase}.";
    t.recommendationTieNext = "{names} share first place with {scorePhrase}; the next, {runner} ({runnerScore}), is "
                              "{gap} points behind.";
    t.noAlternatives = "The catalog has no alternatives to rank, so there is no recommendation.";
    t.noneRanked = "No alternative passes the constraints, so there is no recommendation.";
    t.andWord = "and";
    t.scenario = "Scenario";
    t.profile = "Profile";
    t.customWeights = "custom weights";
    t.adjusted = "weights adjusted";
    t.equalWeights = "equal weights";
    t.method = "Method";
    t.normalisation = "Normalisation";
    t.unknownFacts = "Unknown facts";
    t.weights = "Weights";
    t.constraints = "Constraints";
    t.none = "none";
    t.usage = "Usage";
    t.usageText = "{players} players a month × {sessions} sessions × {messages} messages; {in} tokens in and {out} "
                  "out per message; {payer}";
    t.payerAuthor = "the author's key pays";
    t.payerPlayer = "each player's own account pays";
    t.methodWsm = "weighted sum (WSM)";
    t.methodWpm = "weighted product (WPM)";
    t.methodTopsis = "TOPSIS (closeness to the ideal)";
    t.normFixed = "fixed bounds from the catalog";
    t.normMinMax = "min-max over the ranked alternatives";
    t.normMax = "division by the maximum";
    t.normSum = "division by the sum";
    t.normVector = "vector (Euclidean) normalisation";
    t.normNone = "raw values";
    t.missingPessimistic = "unknown facts count as the worst value";
    t.missingOptimistic = "unknown facts count as the best value";
    t.missingMidpoint = "unknown facts count halfway between worst and best";
    t.higherIsBetter = "higher is better";
    t.lowerIsBetter = "lower is better";
    t.yes = "yes";
    t.no = "no";
    t.unlimited = "unlimited";
    t.unknown = "unknown";
    t.estimate = "estimate";
    t.recommendationHeading = "Recommendation";
    t.ranking = "Ranking";
    t.rankingTop = "Ranking: top {n} of {total}";
    t.rank = "Rank";
    t.alternative = "Alternative";
    t.kind = "Kind";
    t.vendor = "Vendor";
    t.score = "Score";
    t.interval = "Interval";
    t.coverage = "Coverage";
    t.dominatedBy = "Dominated by";
    t.rankingNote = "Score: 0 to 100 under the method and weights above. Interval: the score with every unknown "
                    "fact at its worst and at its best. Coverage: the share of the weight whose fact is known.";
    t.tieNote = "'=' marks alternatives whose scores tie; they share a rank.";
    t.whyLeads = "Why {name} leads";
    t.topDetail = "The top {n} in detail";
    t.scoreLine = "Score {score} · data coverage {coverage}";
    t.strongest = "Strongest";
    t.weakest = "Weakest";
    t.gainReason = "{criterion}: {value} (+{points} of {max} points)";
    t.lossReason = "{criterion}: {value} (−{points} of {max} points)";
    t.noStrength = "none";
    t.noWeakness = "none: full marks on every weighted criterion";
    t.projectedCost = "Projected monthly cost: author {author}, one player {player}";
    t.freeTierCovers = "the free tier covers this use";
    t.freeTierShort = "the free tier does not cover this use";
    t.freeTierUnknown = "whether the free tier covers it is unknown";
    t.costUnknown = "unknown";
    t.contributionsChart = "Where the points come from (top five)";
    t.weightedValuesChart = "Weighted values w·u per criterion (top five; a guide, not the score)";
    t.radarChart = "Profile of the top three (utility 0 to 1 on each weighted criterion)";
    t.points = "points";
    t.excluded = "Excluded alternatives";
    t.excludedNone = "No alternative was excluded by the constraints.";
    t.fails = "Fails";
    t.dominated = "Dominated alternatives";
    t.dominatedNone = "No ranked alternative is dominated.";
    t.dominatedText = "{name} is dominated by {by}";
    t.sensitivity = "Sensitivity";
    t.sensitivityOff = "Not computed for this report.";
    t.criterion = "Criterion";
    t.weight = "Weight";
    t.topStays = "Top choice stays first";
    t.topThreeKeep = "Top three keep their order";
    t.stabilityNote = "Each weight is moved alone, the others rescaled in proportion; the ranges are exact.";
    t.runnerUpChange = "{runner} would rank first if the weight of {criterion} moved from {from} to {to}.";
    t.runnerUpTied = "{runner} already ties for first place.";
    t.runnerUpNone = "No change of a single weight puts the runner-up first.";
    t.sensitivityWsmOnly = "Stability intervals and the runner-up's smallest weight change are computed for the "
                           "weighted sum (WSM) only.";
    t.sensitivityFew = "With fewer than two alternatives ranked there is nothing to compare.";
    t.noWinProbabilities = "The chances of ranking first could not be computed for these values under this method.";
    t.winProbabilities = "Chance of ranking first over {samples} random weight sets (seed {seed})";
    t.probability = "Chance";
    t.othersNeverFirst = "The other {count} never rank first.";
    t.factsUsed = "Facts used";
    t.factsIntro = "Every fact behind the scores of the ranked alternatives, with its source and date.";
    t.value = "Value";
    t.source = "Source";
    t.asOf = "As of";
    t.note = "Note";
    t.methodAppendix = "Method appendix";
    t.criteriaBounds = "Criteria and normalisation bounds";
    t.type = "Type";
    t.direction = "Direction";
    t.bounds = "Bounds";
    t.scale = "Scale";
    t.unit = "Unit";
    t.typeNumeric = "numeric";
    t.typeBoolean = "yes/no";
    t.typeOrdinal = "ordinal";
    t.scaleLinear = "linear";
    t.scaleLog = "log";
    t.boundsBoolean = "no = 0, yes = 1";
    t.references = "References";
    t.sources = "Sources";
    t.noSources = "The catalog lists no sources.";
    t.continued = "continued";
    t.page = "page {page} of {pages}";
    t.footer = "{app} · facts from the catalog “{catalog}”, sources listed at the end · page {page} of {pages}";
    t.explainWeights
        = "Weights: the weights you set are scaled to sum to 100%; a criterion with weight 0 does not count.";
    t.explainFixed = "Normalisation (fixed bounds): each fact x becomes a utility u between 0 and 1 using the "
                     "criterion's bounds from the catalog, u = (x − lower) / (upper − lower), clamped to 0..1; on a "
                     "log scale the same on log10(1 + x); for a cost criterion 1 − u. Yes counts 1 and no 0; level "
                     "k of n counts (k − 1) / (n − 1); \"unlimited\" counts 1. The bounds do not depend on the other "
                     "alternatives, so adding or removing one never reorders the rest.";
    t.explainMinMax = "Normalisation (min-max): u = (x − min) / (max − min) over the ranked alternatives (cost: "
                      "(max − x) / (max − min)).";
    t.explainMax = "Normalisation (max): u = x / max (cost: 1 − x / max) over the ranked alternatives.";
    t.explainSum = "Normalisation (sum): u = x / Σx (cost: (1/x) / Σ(1/x)) over the ranked alternatives.";
    t.explainVector = "Normalisation (vector): u = x / √(Σx²); the method applies the direction.";
    t.explainNone = "Normalisation (none): the raw values are used; the method applies the direction.";
    t.explainWsm = "Method (WSM): the score is the weighted sum of the utilities, S = Σ w·u, shown from 0 to 100; "
                   "each term w·u is that criterion's exact share of the score (its contribution). Fishburn (1967).";
    t.explainWpm = "Method (WPM): the score is the weighted product P = Π u^w, shown from 0 to 100; utilities on a "
                   "0..1 scale are floored at 0.01 so that one zero does not veto an alternative. Bridgman (1922); "
                   "Miller & Starr (1969). Contributions w·u are shown as a guide only.";
    t.explainTopsis = "Method (TOPSIS): each weighted utility v = w·u is compared with the ideal and the anti-ideal "
                      "point (under fixed bounds the best and worst possible values); the score is the closeness "
                      "D⁻ / (D⁺ + D⁻), shown from 0 to 100. Hwang & Yoon (1981). Contributions w·u are shown as a "
                      "guide only.";
    t.explainMissing = "Unknown facts are never guessed: each score is computed with every unknown fact at its worst "
                       "and at its best value, which gives the interval; the ranking uses this policy: {policy}. "
                       "Coverage is the share of the weight that rests on known facts.";
    t.explainDominance = "Dominance: A dominates B when A is at least as good on every weighted criterion and "
                         "better on one; unknown facts count against the claim.";
    t.explainSensitivity = "Sensitivity: a stability interval is the range over which one weight can move, the "
                           "others rescaled in proportion, before the top choice changes (WSM only, solved exactly; "
                           "Mareschal 1988). The chance of ranking first is the share of {samples} weight vectors, "
                           "drawn uniformly at random, in which an alternative ranks first (SMAA; Lahdelma et al. "
                           "1998).";
    t.explainUsage = "Usage cost: messages per player per month = sessions × messages; the payer's account pays for "
                     "the messages above its free quota at the price per message from the token prices. The "
                     "projections replace the catalog's cost facts for the ranking.";
    return t;
}

ReportTexts makeTurkish()
{
    ReportTexts t;
    t.title = "ModelScout öneri raporu";
    t.generated = "Oluşturulma";
    t.appVersion = "Uygulama sürümü";
    t.catalog = "Katalog";
    t.catalogVersion = "Katalog sürümü";
    t.dataAsOf = "Veri tarihi";
    t.staleFacts = "{date} itibarıyla {total} verinin {stale} tanesi 12 aydan eski: karar vermeden önce güncel "
                   "fiyatları ve koşulları kontrol edin.";
    t.noStaleFacts = "{date} itibarıyla {total} verinin hiçbiri 12 aydan eski değil.";
    t.scoreOutOf100 = "100 üzerinden {score} puanla";
    t.scorePlain = "{score} puanla";
    t.recommendation = "{name} ({kind}) {scorePhrase} ilk sırada; ikinci sıradaki {runner} ({runnerScore}) "
                       "seçeneğinin {gap} puan önünde.";
    t.recommendationOnly = "{name} ({kind}) kısıtları geçen tek seçenek; {scorePhrase} ilk sırada.";
    t.recommendationTie = "{names} {scorePhrase} ilk sırayı paylaşıyor.";
    t.recommendationTieNext = "{names} {scorePhrase} ilk sırayı paylaşıyor; sonraki seçenek {runner} ({runnerScore}) "
                              "{gap} puan geride.";
    t.noAlternatives = "Katalogda sıralanacak seçenek yok; bu yüzden öneri de yok.";
    t.noneRanked = "Kısıtları geçen seçenek yok; bu yüzden öneri de yok.";
    t.andWord = "ve";
    t.scenario = "Senaryo";
    t.profile = "Profil";
    t.customWeights = "özel ağırlıklar";
    t.adjusted = "ağırlıklar değiştirildi";
    t.equalWeights = "eşit ağırlıklar";
    t.method = "Yöntem";
    t.normalisation = "Normalleştirme";
    t.unknownFacts = "Bilinmeyen veriler";
    t.weights = "Ağırlıklar";
    t.constraints = "Kısıtlar";
    t.none = "yok";
    t.usage = "Kullanım";
    t.usageText = "Ayda {players} oyuncu × {sessions} oturum × {messages} mesaj; mesaj başına {in} girdi ve {out} "
                  "çıktı jetonu; {payer}";
    t.payerAuthor = "yapımcının anahtarı öder";
    t.payerPlayer = "her oyuncu kendi hesabıyla öder";
    t.methodWsm = "ağırlıklı toplam (WSM)";
    t.methodWpm = "ağırlıklı çarpım (WPM)";
    t.methodTopsis = "TOPSIS (ideale yakınlık)";
    t.normFixed = "katalogdaki sabit sınırlar";
    t.normMinMax = "sıralanan seçenekler üzerinde min-maks";
    t.normMax = "en büyük değere bölme";
    t.normSum = "toplama bölme";
    t.normVector = "vektör (Öklid) normalleştirmesi";
    t.normNone = "ham değerler";
    t.missingPessimistic = "bilinmeyen veriler en kötü değer sayılır";
    t.missingOptimistic = "bilinmeyen veriler en iyi değer sayılır";
    t.missingMidpoint = "bilinmeyen veriler en kötü ile en iyinin ortası sayılır";
    t.higherIsBetter = "yüksek olan iyi";
    t.lowerIsBetter = "düşük olan iyi";
    t.yes = "evet";
    t.no = "hayır";
    t.unlimited = "sınırsız";
    t.unknown = "bilinmiyor";
    t.estimate = "tahmin";
    t.recommendationHeading = "Öneri";
    t.ranking = "Sıralama";
    t.rankingTop = "Sıralama: {total} seçenekten ilk {n}";
    t.rank = "Sıra";
    t.alternative = "Seçenek";
    t.kind = "Tür";
    t.vendor = "Sağlayıcı";
    t.score = "Puan";
    t.interval = "Aralık";
    t.coverage = "Kapsam";
    t.dominatedBy = "Baskın seçenek";
    t.rankingNote = "Puan: yukarıdaki yöntem ve ağırlıklarla 0 ile 100 arası. Aralık: bilinmeyen her veri en kötü "
                    "ve en iyi değerinde alındığında puan. Kapsam: ağırlığın, verisi bilinen payı.";
    t.tieNote = "'=' puanları eşit olan seçenekleri gösterir; bunlar aynı sırayı paylaşır.";
    t.whyLeads = "{name} neden önde";
    t.topDetail = "İlk {n} seçeneğin ayrıntıları";
    t.scoreLine = "Puan {score} · veri kapsamı {coverage}";
    t.strongest = "En güçlü";
    t.weakest = "En zayıf";
    t.gainReason = "{criterion}: {value} (+{points} / {max} puan)";
    t.lossReason = "{criterion}: {value} (−{points} / {max} puan)";
    t.noStrength = "yok";
    t.noWeakness = "yok: ağırlığı olan her ölçütte tam puan";
    t.projectedCost = "Öngörülen aylık maliyet: yapımcıya {author}, bir oyuncuya {player}";
    t.freeTierCovers = "ücretsiz kota bu kullanımı karşılıyor";
    t.freeTierShort = "ücretsiz kota bu kullanımı karşılamıyor";
    t.freeTierUnknown = "ücretsiz kotanın yetip yetmediği bilinmiyor";
    t.costUnknown = "bilinmiyor";
    t.contributionsChart = "Puanlar nereden geliyor (ilk beş)";
    t.weightedValuesChart = "Ölçüt başına ağırlıklı değerler w·u (ilk beş; puan değil, yol gösterici)";
    t.radarChart = "İlk üç seçeneğin profili (ağırlığı olan her ölçütte 0 ile 1 arası fayda)";
    t.points = "puan";
    t.excluded = "Elenen seçenekler";
    t.excludedNone = "Kısıtlar hiçbir seçeneği elemedi.";
    t.fails = "Geçemediği kısıt";
    t.dominated = "Baskılanan seçenekler";
    t.dominatedNone = "Sıralanan seçeneklerin hiçbiri baskılanmıyor.";
    t.dominatedText = "{name}, {by} tarafından baskılanıyor";
    t.sensitivity = "Duyarlılık";
    t.sensitivityOff = "Bu rapor için hesaplanmadı.";
    t.criterion = "Ölçüt";
    t.weight = "Ağırlık";
    t.topStays = "İlk seçim birinci kalır";
    t.topThreeKeep = "İlk üç sırasını korur";
    t.stabilityNote = "Her ağırlık tek başına değiştirilir, diğerleri orantılı olarak ölçeklenir; aralıklar kesindir.";
    t.runnerUpChange = "{criterion} ağırlığı {from} yerine {to} olsaydı {runner} ilk sıraya çıkardı.";
    t.runnerUpTied = "{runner} zaten ilk sırayı paylaşıyor.";
    t.runnerUpNone = "Tek bir ağırlığı değiştirmek ikinci sıradakini birinci yapmıyor.";
    t.sensitivityWsmOnly = "Kararlılık aralıkları ve ikinci sıradakini birinci yapan en küçük ağırlık değişikliği "
                           "yalnızca ağırlıklı toplam (WSM) için hesaplanır.";
    t.sensitivityFew = "İkiden az seçenek sıralandığı için karşılaştırılacak bir şey yok.";
    t.noWinProbabilities = "Bu yöntemle bu değerler için ilk sıraya çıkma olasılıkları hesaplanamadı.";
    t.winProbabilities = "{samples} rastgele ağırlık kümesinde ilk sıraya çıkma olasılığı (tohum {seed})";
    t.probability = "Olasılık";
    t.othersNeverFirst = "Diğer {count} seçenek hiçbir zaman ilk sıraya çıkmıyor.";
    t.factsUsed = "Kullanılan veriler";
    t.factsIntro = "Sıralanan seçeneklerin puanlarının dayandığı her veri, kaynağı ve tarihiyle.";
    t.value = "Değer";
    t.source = "Kaynak";
    t.asOf = "Tarih";
    t.note = "Not";
    t.methodAppendix = "Yöntem eki";
    t.criteriaBounds = "Ölçütler ve normalleştirme sınırları";
    t.type = "Tür";
    t.direction = "Yön";
    t.bounds = "Sınırlar";
    t.scale = "Ölçek";
    t.unit = "Birim";
    t.typeNumeric = "sayısal";
    t.typeBoolean = "evet/hayır";
    t.typeOrdinal = "sıralı";
    t.scaleLinear = "doğrusal";
    t.scaleLog = "logaritmik";
    t.boundsBoolean = "hayır = 0, evet = 1";
    t.references = "Kaynakça";
    t.sources = "Kaynaklar";
    t.noSources = "Katalog kaynak listelemiyor.";
    t.continued = "devamı";
    t.page = "sayfa {page} / {pages}";
    t.footer = "{app} · veriler “{catalog}” kataloğundan, kaynaklar sonda · sayfa {page} / {pages}";
    t.explainWeights = "Ağırlıklar: girdiğiniz ağırlıklar toplamı %100 olacak şekilde ölçeklenir; ağırlığı 0 olan "
                       "ölçüt sayılmaz.";
    t.explainFixed = "Normalleştirme (sabit sınırlar): her x verisi, katalogdaki ölçüt sınırlarıyla 0 ile 1 arasında "
                     "bir u faydasına dönüşür: u = (x − alt) / (üst − alt), 0..1 aralığına kırpılır; logaritmik "
                     "ölçekte aynısı log10(1 + x) üzerinde yapılır; maliyet ölçütünde 1 − u alınır. Evet 1, hayır 0 "
                     "sayılır; n düzeyden k'ıncısı (k − 1) / (n − 1) sayılır; \"sınırsız\" 1 sayılır. Sınırlar diğer "
                     "seçeneklere bağlı olmadığından bir seçenek eklemek ya da çıkarmak diğerlerinin sırasını "
                     "değiştirmez.";
    t.explainMinMax = "Normalleştirme (min-maks): sıralanan seçenekler üzerinde u = (x − en küçük) / (en büyük − en "
                      "küçük) (maliyette (en büyük − x) / (en büyük − en küçük)).";
    t.explainMax = "Normalleştirme (en büyük): sıralanan seçenekler üzerinde u = x / en büyük (maliyette 1 − x / en "
                   "büyük).";
    t.explainSum = "Normalleştirme (toplam): sıralanan seçenekler üzerinde u = x / Σx (maliyette (1/x) / Σ(1/x)).";
    t.explainVector = "Normalleştirme (vektör): u = x / √(Σx²); yönü yöntem uygular.";
    t.explainNone = "Normalleştirme (yok): ham değerler kullanılır; yönü yöntem uygular.";
    t.explainWsm = "Yöntem (WSM): puan, faydaların ağırlıklı toplamıdır, S = Σ w·u, 0 ile 100 arasında gösterilir; "
                   "her w·u terimi o ölçütün puandaki tam payıdır (katkısı). Fishburn (1967).";
    t.explainWpm = "Yöntem (WPM): puan, ağırlıklı çarpımdır, P = Π u^w, 0 ile 100 arasında gösterilir; tek bir "
                   "sıfır bir seçeneği tümden elemesin diye 0..1 ölçeğindeki faydalar en az 0,01 alınır. Bridgman "
                   "(1922); Miller ve Starr (1969). w·u katkıları yalnızca yol gösterici olarak verilir.";
    t.explainTopsis = "Yöntem (TOPSIS): her ağırlıklı fayda v = w·u ideal ve anti-ideal noktayla karşılaştırılır "
                      "(sabit sınırlarda olası en iyi ve en kötü değerler); puan yakınlık katsayısıdır, D⁻ / (D⁺ + "
                      "D⁻), 0 ile 100 arasında gösterilir. Hwang ve Yoon (1981). w·u katkıları yalnızca yol "
                      "gösterici olarak verilir.";
    t.explainMissing = "Bilinmeyen veriler asla tahmin edilmez: her puan, bilinmeyen her veri en kötü ve en iyi "
                       "değerinde alınarak iki kez hesaplanır; aralık budur. Sıralama şu kuralı kullanır: {policy}. "
                       "Kapsam, ağırlığın bilinen verilere dayanan payıdır.";
    t.explainDominance = "Baskınlık: A, ağırlığı olan her ölçütte B kadar iyi ve en az birinde daha iyiyse B'yi "
                         "baskılar; bilinmeyen veriler bu iddianın aleyhine sayılır.";
    t.explainSensitivity = "Duyarlılık: kararlılık aralığı, diğer ağırlıklar orantılı olarak ölçeklenirken tek bir "
                           "ağırlığın ilk seçim değişmeden oynayabileceği aralıktır (yalnızca WSM, kesin çözüm; "
                           "Mareschal 1988). İlk sıraya çıkma olasılığı, rastgele ve düzgün dağılımla çekilen "
                           "{samples} ağırlık vektöründen bir seçeneğin ilk sırada olduğu payıdır (SMAA; Lahdelma "
                           "ve diğerleri 1998).";
    t.explainUsage = "Kullanım maliyeti: oyuncu başına aylık mesaj = oturum × mesaj; ödeyen hesap, ücretsiz kotasını "
                     "aşan mesajlar için jeton fiyatlarından hesaplanan mesaj başı ücreti öder. Bu öngörüler "
                     "sıralamada kataloğun maliyet verilerinin yerine geçer.";
    return t;
}

std::string groupDigits(const std::string& digits, char separator)
{
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

} // namespace

const ReportTexts& reportTexts(std::string_view lang)
{
    static const ReportTexts english = makeEnglish();
    static const ReportTexts turkish = makeTurkish();
    return lang == "tr" ? turkish : english;
}

std::string fillTemplate(
    std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view key = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [name, value] : values) {
                    if (name == key) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

std::string formatNumber(double value, int decimals, std::string_view lang, bool group)
{
    if (!std::isfinite(value))
        return "–";
    const std::string fixed = formatFixed(value, decimals); // '.' decimals, never "-0.0"
    const bool turkish = lang == "tr";
    std::string sign;
    std::string body = fixed;
    if (!body.empty() && body[0] == '-') {
        sign = "−"; // a real minus sign reads better than a hyphen in prose
        body.erase(0, 1);
    }
    const std::size_t dot = body.find('.');
    std::string integer = body.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? std::string() : body.substr(dot + 1);
    if (group && integer.size() > 3)
        integer = groupDigits(integer, turkish ? '.' : ',');
    std::string out = sign + integer;
    if (!fraction.empty())
        out += (turkish ? ',' : '.') + fraction;
    return out;
}

std::string formatQuantity(double value, std::string_view lang, int maxDecimals)
{
    if (!std::isfinite(value))
        return "–";
    std::string fixed = formatFixed(value, maxDecimals);
    int decimals = maxDecimals;
    while (decimals > 0 && !fixed.empty() && fixed.back() == '0') {
        fixed.pop_back();
        --decimals;
    }
    return formatNumber(value, decimals, lang, true);
}

std::string formatPercent(double share, int decimals, std::string_view lang)
{
    const std::string n = formatNumber(share * 100.0, decimals, lang, true);
    return lang == "tr" ? "%" + n : n + "%";
}

std::string formatUsd(double value, std::string_view lang)
{
    const std::string n = formatNumber(value, 2, lang, true);
    return lang == "tr" ? n + " USD" : "USD " + n;
}

std::string formatPlain(double value, int decimals)
{
    return formatFixed(value, decimals);
}

} // namespace ms
