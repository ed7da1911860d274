<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AhpDialog</name>
    <message>
        <source>Weights by Pairs</source>
        <translation>İkili Karşılaştırmayla Ağırlıklar</translation>
    </message>
    <message>
        <source>For each pair, say which criterion matters more and by how much, on Saaty&apos;s scale from 1 (equally important) to 9 (extremely more important): ◀ favours the criterion on the left, ▶ the one on the right. The weights are the principal eigenvector of your judgements (analytic hierarchy process).</source>
        <translation>Her çift için hangi ölçütün daha önemli olduğunu ve ne kadar önemli olduğunu Saaty ölçeğinde belirtin: 1 (eşit önemde) ile 9 (son derece daha önemli) arası. ◀ soldaki ölçütü, ▶ sağdakini öne çıkarır. Ağırlıklar, yargılarınızın temel özvektörüdür (analitik hiyerarşi süreci).</translation>
    </message>
    <message>
        <source>&amp;Resulting weights</source>
        <translation>&amp;Ortaya çıkan ağırlıklar</translation>
    </message>
    <message>
        <source>Resulting weights</source>
        <translation>Ortaya çıkan ağırlıklar</translation>
    </message>
</context>
<context>
    <name>AlternativeDialog</name>
    <message>
        <source>Add Alternative</source>
        <translation>Seçenek Ekle</translation>
    </message>
    <message>
        <source>An option the catalog does not list, with one figure to start; add more with Edit › Edit Fact… once it is in the ranking. It is saved in your data folder as your own figures.</source>
        <translation>Katalogda olmayan bir seçenek; başlangıç için tek bir değerle. Sıralamaya girdikten sonra Düzen › Veriyi Düzenle… ile başka değerler ekleyin. Kendi değerleriniz olarak veri klasörünüze kaydedilir.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>e.g. My NPC server</source>
        <translation>örneğin NPC sunucum</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kimlik:</translation>
    </message>
    <message>
        <source>How files refer to it: a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (made from the name until you change it)</source>
        <translation>Dosyaların ona nasıl başvurduğu: a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (siz değiştirene kadar addan türetilir)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>Ö&amp;lçüt:</translation>
    </message>
    <message>
        <source>The criterion of the first figure you give</source>
        <translation>Vereceğiniz ilk değerin ölçütü</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>When the figure was true: YYYY-MM or YYYY-MM-DD</source>
        <translation>Değerin geçerli olduğu tarih: YYYY-AA ya da YYYY-AA-GG</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>e.g. my own server</source>
        <translation>örneğin kendi sunucum</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Raporu Dışa Aktar</translation>
    </message>
    <message>
        <source>The report explains the current ranking: the recommendation, the scenario, the ranked table, the top alternatives in detail, and every fact used with its source.</source>
        <translation>Rapor geçerli sıralamayı açıklar: öneri, senaryo, sıralama tablosu, ilk seçeneklerin ayrıntıları ve kullanılan her veri kaynağıyla birlikte.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>The file format: a PDF to share or print, an HTML page, Markdown, a CSV table of the ranking, or the whole report as JSON data</source>
        <translation>Dosya biçimi: paylaşmak ya da yazdırmak için PDF, HTML sayfası, Markdown, sıralamanın CSV tablosu ya da raporun tamamı JSON verisi olarak</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Rapor biçimi</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapor &amp;dili:</translation>
    </message>
    <message>
        <source>The language the report is written in; it need not be the language of the window</source>
        <translation>Raporun yazıldığı dil; pencerenin diliyle aynı olması gerekmez</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapor dili</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <source>The paper size of the PDF (the other formats have no pages)</source>
        <translation>PDF’nin kâğıt boyutu (diğer biçimlerde sayfa yoktur)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <source>&amp;Explain in detail:</source>
        <translation>&amp;Ayrıntılı açıkla:</translation>
    </message>
    <message>
        <source>How many of the best-ranked alternatives the report explains one by one</source>
        <translation>Raporun en üst sıradaki seçeneklerden kaçını tek tek açıklayacağı</translation>
    </message>
    <message>
        <source>Alternatives explained in detail</source>
        <translation>Ayrıntılı açıklanan seçenekler</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Edit Fact</source>
        <translation>Veriyi Düzenle</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Veri:</translation>
    </message>
    <message>
        <source>The criterion or detail to give your own figure</source>
        <translation>Kendi değerinizi vereceğiniz ölçüt ya da ayrıntı</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>Catalog value:</source>
        <translation>Katalogdaki değer:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <source>The unit of a detail&apos;s number, e.g. GB (optional)</source>
        <translation>Ayrıntıdaki sayının birimi, örneğin GB (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>When the figure was true: YYYY-MM or YYYY-MM-DD</source>
        <translation>Değerin geçerli olduğu tarih: YYYY-AA ya da YYYY-AA-GG</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Why, or where the figure comes from (optional)</source>
        <translation>Neden ya da değerin nereden geldiği (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>e.g. my plan&apos;s price</source>
        <translation>örneğin kendi planımın fiyatı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ModelScout</source>
        <translation>ModelScout</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Sizin için ne önemli</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Seçimleriniz</translation>
    </message>
    <message>
        <source>Wei&amp;ghts</source>
        <translation>A&amp;ğırlıklar</translation>
    </message>
    <message>
        <source>How much each criterion matters to you</source>
        <translation>Her ölçütün sizin için ne kadar önemli olduğu</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Ağırlıklar</translation>
    </message>
    <message>
        <source>&amp;Must-haves</source>
        <translation>&amp;Zorunlu koşullar</translation>
    </message>
    <message>
        <source>Conditions an alternative must meet to be ranked at all</source>
        <translation>Bir seçeneğin sıralamaya girebilmesi için karşılaması gereken koşullar</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>Zorunlu koşullar</translation>
    </message>
    <message>
        <source>Your mod&apos;s &amp;usage</source>
        <translation>Modunuzun &amp;kullanımı</translation>
    </message>
    <message>
        <source>Project each alternative&apos;s monthly cost from how much your mod is used</source>
        <translation>Her seçeneğin aylık maliyetini modunuzun ne kadar kullanıldığından hesaplar</translation>
    </message>
    <message>
        <source>Your mod&apos;s usage</source>
        <translation>Modunuzun kullanımı</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Gelişmiş</translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>Puanların nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>&amp;Yöntem:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>&amp;Normalleştirme:</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalleştirme</translation>
    </message>
    <message>
        <source>When a fact is un&amp;known:</source>
        <translation>Bir veri &amp;bilinmediğinde:</translation>
    </message>
    <message>
        <source>Unknown facts</source>
        <translation>Bilinmeyen veriler</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Sıralama</translation>
    </message>
    <message>
        <source>Filter by name, vendor or summary</source>
        <translation>Ada, sağlayıcıya ya da özete göre süz</translation>
    </message>
    <message>
        <source>Kind of alternative</source>
        <translation>Seçenek türü</translation>
    </message>
    <message>
        <source>Show only one kind of alternative</source>
        <translation>Yalnızca tek bir seçenek türünü göster</translation>
    </message>
    <message>
        <source>Ranking of the alternatives</source>
        <translation>Seçeneklerin sıralaması</translation>
    </message>
    <message>
        <source>Left out by your must-haves</source>
        <translation>Zorunlu koşullarınızın eledikleri</translation>
    </message>
    <message>
        <source>Alternatives left out by your must-haves, and why</source>
        <translation>Zorunlu koşullarınızın elediği seçenekler ve nedenleri</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Details of the selected alternative</source>
        <translation>Seçili seçeneğin ayrıntıları</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Yardı&amp;m</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>Katalog &amp;Aç…</translation>
    </message>
    <message>
        <source>Open a catalog file (JSON)</source>
        <translation>Bir katalog dosyası (JSON) açar</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;PDF Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <source>Export the ranking and its explanation as a PDF report</source>
        <translation>Sıralamayı ve açıklamasını PDF raporu olarak dışa aktarır</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ModelScout</source>
        <translation>ModelScout &amp;Hakkında</translation>
    </message>
</context>
<context>
    <name>RocWeightsDialog</name>
    <message>
        <source>Weights by Ranking</source>
        <translation>Sıralayarak Ağırlıklar</translation>
    </message>
    <message>
        <source>Put the criteria in order of importance, most important first: drag them, or select one and press Alt+Up or Alt+Down. Tick a criterion to tie it with the one above. The weights follow from the order alone (rank-order centroid, Barron &amp; Barrett 1996).</source>
        <translation>Ölçütleri önem sırasına koyun, en önemlisi en üstte: sürükleyin ya da birini seçip Alt+Yukarı veya Alt+Aşağı tuşlarına basın. Bir ölçütü üsttekiyle eşit saymak için işaretleyin. Ağırlıklar yalnızca bu sıradan çıkar (sıra-düzen merkezi, Barron &amp; Barrett 1996).</translation>
    </message>
    <message>
        <source>&amp;Most important first</source>
        <translation>&amp;En önemlisi en üstte</translation>
    </message>
    <message>
        <source>Criteria, most important first</source>
        <translation>Ölçütler, en önemlisi en üstte</translation>
    </message>
    <message>
        <source>A ticked criterion is tied with the one above</source>
        <translation>İşaretli bir ölçüt üsttekiyle eşit sayılır</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Yukarı Taşı</translation>
    </message>
    <message>
        <source>Move the selected criterion up (Alt+Up)</source>
        <translation>Seçili ölçütü yukarı taşır (Alt+Yukarı)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Aşağı Taşı</translation>
    </message>
    <message>
        <source>Move the selected criterion down (Alt+Down)</source>
        <translation>Seçili ölçütü aşağı taşır (Alt+Aşağı)</translation>
    </message>
    <message>
        <source>&amp;Leave Out →</source>
        <translation>&amp;Dışarıda Bırak →</translation>
    </message>
    <message>
        <source>Give the selected criterion weight 0</source>
        <translation>Seçili ölçütün ağırlığını 0 yapar</translation>
    </message>
    <message>
        <source>← &amp;Include</source>
        <translation>← &amp;Dahil Et</translation>
    </message>
    <message>
        <source>Rank the selected left-out criterion, last</source>
        <translation>Dışarıda bırakılan seçili ölçütü en sona ekler</translation>
    </message>
    <message>
        <source>Le&amp;ft out (weight 0)</source>
        <translation>Dı&amp;şarıda kalanlar (ağırlık 0)</translation>
    </message>
    <message>
        <source>Criteria left out</source>
        <translation>Dışarıda kalan ölçütler</translation>
    </message>
    <message>
        <source>&amp;Resulting weights</source>
        <translation>&amp;Ortaya çıkan ağırlıklar</translation>
    </message>
    <message>
        <source>Resulting weights</source>
        <translation>Ortaya çıkan ağırlıklar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Choose the AI behind your mod&apos;s characters.</source>
        <translation>Modunuzun karakterlerinin arkasındaki yapay zekâyı seçin.</translation>
    </message>
    <message>
        <source>Catalog file to open (default: the bundled catalog).</source>
        <translation>Açılacak katalog dosyası (varsayılan: programla gelen katalog).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; and exit.</source>
        <translation>Pencerenin ekran görüntüsünü &lt;file&gt; dosyasına kaydet ve çık.</translation>
    </message>
    <message>
        <source>Open page &lt;n&gt; of the left panel (0 weights, 1 must-haves, 2 usage, 3 advanced).</source>
        <translation>Sol paneldeki &lt;n&gt; numaralı sayfayı aç (0 ağırlıklar, 1 zorunlu koşullar, 2 kullanım, 3 gelişmiş).</translation>
    </message>
    <message>
        <source>Rank with the scenario file &lt;file&gt;.</source>
        <translation>&lt;file&gt; senaryo dosyasıyla sırala.</translation>
    </message>
    <message>
        <source>Show the window in &lt;language&gt;: system, en or tr.</source>
        <translation>Pencereyi &lt;language&gt; dilinde göster: system, en ya da tr.</translation>
    </message>
    <message>
        <source>Open the &lt;view&gt; window too and grab it instead of the main window: compare or sensitivity.</source>
        <translation>&lt;view&gt; penceresini de aç ve ana pencere yerine onun görüntüsünü al: compare ya da sensitivity.</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>Katalog yok</translation>
    </message>
    <message>
        <source>The bundled catalog was not found. Open a catalog with File › Open Catalog…</source>
        <translation>Programla gelen katalog bulunamadı. Dosya › Katalog Aç… ile bir katalog açın.</translation>
    </message>
</context>
<context>
    <name>ms::gui</name>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
</context>
<context>
    <name>ms::gui::AboutDialog</name>
    <message>
        <source>About ModelScout</source>
        <translation>ModelScout Hakkında</translation>
    </message>
    <message>
        <source>ModelScout icon</source>
        <translation>ModelScout simgesi</translation>
    </message>
    <message>
        <source>ModelScout</source>
        <translation>ModelScout</translation>
    </message>
    <message>
        <source>ModelScout %1</source>
        <translation>ModelScout %1</translation>
    </message>
    <message>
        <source>Choose the AI behind your mod&apos;s characters.</source>
        <translation>Modunuzun karakterlerinin arkasındaki yapay zekâyı seçin.</translation>
    </message>
    <message>
        <source>Helps you choose the AI behind your mod&apos;s characters: a local open model, an online model API or a hosted character service.

It ranks the alternatives of a catalog on the criteria you care about (weighted sum, weighted product or TOPSIS), leaves out those that miss your must-haves, projects monthly costs from your mod&apos;s usage, shows where every fact comes from, and explains each score.

The catalog&apos;s facts are the editors&apos; reading of public sources as of the date it shows; check the vendors&apos; pages before you commit to one.</source>
        <translation>Modunuzun karakterlerinin arkasındaki yapay zekâyı seçmenize yardım eder: yerel bir açık model, çevrimiçi bir model API’si ya da barındırılan bir karakter servisi.

Bir katalogdaki seçenekleri önem verdiğiniz ölçütlere göre sıralar (ağırlıklı toplam, ağırlıklı çarpım ya da TOPSIS), zorunlu koşullarınızı karşılamayanları eler, modunuzun kullanımından aylık maliyetleri hesaplar, her verinin nereden geldiğini gösterir ve her puanı açıklar.

Katalogdaki veriler, editörlerin gösterilen tarihteki herkese açık kaynaklardan okuduklarıdır; birine karar vermeden önce sağlayıcıların sayfalarına bakın.</translation>
    </message>
    <message>
        <source>&amp;ModelScout</source>
        <translation>&amp;ModelScout</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Yüklü katalog yok.</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Sürüm: %1</translation>
    </message>
    <message>
        <source>Facts as of: %1</source>
        <translation>Verilerin tarihi: %1</translation>
    </message>
    <message>
        <source>Alternatives: %1 · criteria: %2</source>
        <translation>Seçenekler: %1 · ölçütler: %2</translation>
    </message>
    <message>
        <source>The catalog cites no sources.</source>
        <translation>Katalog hiçbir kaynak göstermiyor.</translation>
    </message>
    <message>
        <source>Sources (%1):</source>
        <translation>Kaynaklar (%1):</translation>
    </message>
    <message>
        <source>Catalog and its sources</source>
        <translation>Katalog ve kaynakları</translation>
    </message>
    <message>
        <source>&amp;Catalog and sources</source>
        <translation>&amp;Katalog ve kaynaklar</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisanslar</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lisanslar</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Qt araç takımının sürümü ve lisansı</translation>
    </message>
    <message>
        <source>ModelScout is free software under the MIT licence.</source>
        <translation>ModelScout, MIT lisansıyla dağıtılan özgür bir yazılımdır.</translation>
    </message>
    <message>
        <source>ModelScout uses these libraries, each under its own licence:</source>
        <translation>ModelScout, her biri kendi lisansıyla şu kitaplıkları kullanır:</translation>
    </message>
    <message>
        <source>• Qt 6 (Core, GUI, Widgets, Print Support, SVG) — GNU LGPL version 3. https://www.qt.io/</source>
        <translation>• Qt 6 (Core, GUI, Widgets, Print Support, SVG) — GNU LGPL sürüm 3. https://www.qt.io/</translation>
    </message>
    <message>
        <source>• Qt Charts 6 — GNU GPL version 3 (the licence of Qt Charts&apos; open-source edition).</source>
        <translation>• Qt Charts 6 — GNU GPL sürüm 3 (Qt Charts’ın açık kaynak sürümünün lisansı).</translation>
    </message>
    <message>
        <source>• JSON for Modern C++ (nlohmann/json) — MIT licence. https://github.com/nlohmann/json</source>
        <translation>• JSON for Modern C++ (nlohmann/json) — MIT lisansı. https://github.com/nlohmann/json</translation>
    </message>
    <message>
        <source>• spdlog — MIT licence, with the {fmt} library — MIT licence. https://github.com/gabime/spdlog</source>
        <translation>• spdlog — MIT lisansı, {fmt} kitaplığıyla birlikte — MIT lisansı. https://github.com/gabime/spdlog</translation>
    </message>
    <message>
        <source>• CLI11 (command line only) — BSD 3-clause licence. https://github.com/CLIUtils/CLI11</source>
        <translation>• CLI11 (yalnızca komut satırı) — 3 maddeli BSD lisansı. https://github.com/CLIUtils/CLI11</translation>
    </message>
    <message>
        <source>• libcurl — the curl licence (MIT/X style). https://curl.se/</source>
        <translation>• libcurl — curl lisansı (MIT/X türü). https://curl.se/</translation>
    </message>
    <message>
        <source>• DejaVu fonts, embedded in PDF reports — the Bitstream Vera and DejaVu font licence. https://dejavu-fonts.github.io/</source>
        <translation>• PDF raporlarına gömülen DejaVu yazı tipleri — Bitstream Vera ve DejaVu yazı tipi lisansı. https://dejavu-fonts.github.io/</translation>
    </message>
    <message>
        <source>GoogleTest and Google Benchmark (BSD 3-clause licence) test and measure ModelScout; they are not shipped with it.</source>
        <translation>GoogleTest ve Google Benchmark (3 maddeli BSD lisansı) ModelScout’u sınar ve ölçer; programla birlikte dağıtılmazlar.</translation>
    </message>
</context>
<context>
    <name>ms::gui::AhpDialog</name>
    <message>
        <source>extremely more important</source>
        <translation>son derece daha önemli</translation>
    </message>
    <message>
        <source>very strongly more important</source>
        <translation>çok daha önemli</translation>
    </message>
    <message>
        <source>strongly more important</source>
        <translation>belirgin biçimde daha önemli</translation>
    </message>
    <message>
        <source>moderately more important</source>
        <translation>biraz daha önemli</translation>
    </message>
    <message>
        <source>1  equally important</source>
        <translation>1  eşit önemde</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>◀  %1</source>
        <translation>◀  %1</translation>
    </message>
    <message>
        <source>%1  ▶</source>
        <translation>%1  ▶</translation>
    </message>
    <message>
        <source>The catalog needs at least two criteria to compare.</source>
        <translation>Karşılaştırma için katalogda en az iki ölçüt olmalı.</translation>
    </message>
    <message>
        <source>The process takes at most %1 criteria: the %1 most heavily weighted are compared; %2 get weight 0.</source>
        <translation>Süreç en fazla %1 ölçüt alır: ağırlığı en yüksek %1 ölçüt karşılaştırılır; %2 ölçütün ağırlığı 0 olur.</translation>
    </message>
    <message>
        <source>The criteria weighted now are compared; the others keep weight 0.</source>
        <translation>Şu anda ağırlığı olan ölçütler karşılaştırılır; diğerlerinin ağırlığı 0 kalır.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>How much more important is %1 than %2?</source>
        <translation>%1, %2 ölçütünden ne kadar daha önemli?</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 ile %2 karşılaştırması</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Consistency ratio: %1 (consistent enough: at most %2)</source>
        <translation>Tutarlılık oranı: %1 (yeterince tutarlı: en çok %2)</translation>
    </message>
    <message>
        <source>Consistency ratio: %1 (above %2)</source>
        <translation>Tutarlılık oranı: %1 (%2 üzerinde)</translation>
    </message>
    <message>
        <source>λmax %1, consistency index %2, random index %3 (Saaty 1980)</source>
        <translation>λmaks %1, tutarlılık indeksi %2, rastgele indeks %3 (Saaty 1980)</translation>
    </message>
    <message>
        <source>The judgements contradict each other: the consistency ratio %1 is above %2. Review the comparison of %3 with %4.</source>
        <translation>Yargılarınız birbiriyle çelişiyor: tutarlılık oranı %1, %2 sınırının üzerinde. %3 ile %4 karşılaştırmasını gözden geçirin.</translation>
    </message>
</context>
<context>
    <name>ms::gui::AlternativeDialog</name>
    <message>
        <source>Give the alternative a name.</source>
        <translation>Seçeneğe bir ad verin.</translation>
    </message>
    <message>
        <source>The catalog already has an alternative &quot;%1&quot;; choose another id.</source>
        <translation>Katalogda zaten &quot;%1&quot; adlı bir seçenek var; başka bir kimlik seçin.</translation>
    </message>
    <message>
        <source>Give the alternative an id.</source>
        <translation>Seçeneğe bir kimlik verin.</translation>
    </message>
</context>
<context>
    <name>ms::gui::CatalogStore</name>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Yüklü katalog yok.</translation>
    </message>
    <message>
        <source>%1 has errors, so it is not changed. Fix or remove it first.</source>
        <translation>%1 hatalar içerdiği için değiştirilmedi. Önce düzeltin ya da kaldırın.</translation>
    </message>
    <message>
        <source>%1: skipped, it has errors (%2)</source>
        <translation>%1: atlandı, hatalar içeriyor (%2)</translation>
    </message>
    <message>
        <source>%1: %2 facts (%3)</source>
        <translation>%1: %2 veri (%3)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kaldırılamıyor: %2</translation>
    </message>
    <message>
        <source>The catalog whose criteria the import uses could not be loaded: %1</source>
        <translation>İçe aktarmanın ölçütlerini kullandığı katalog yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a model list may be at most %3 bytes.</source>
        <translation>%1 dosyası %2 bayt; bir model listesi en fazla %3 bayt olabilir.</translation>
    </message>
    <message>
        <source>The imported catalog does not validate, so nothing was written.</source>
        <translation>İçe aktarılan katalog doğrulamadan geçmedi; bu yüzden hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>programla gelen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>güncelleme</translation>
    </message>
    <message>
        <source>user</source>
        <translation>kullanıcı</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>içe aktarılan: %1</translation>
    </message>
    <message>
        <source>From the catalog file itself (normally the catalog installed with ModelScout)</source>
        <translation>Katalog dosyasının kendisinden (genellikle ModelScout ile kurulan katalog)</translation>
    </message>
    <message>
        <source>From the downloaded catalog update (update/catalog.json in your data folder)</source>
        <translation>İndirilen katalog güncellemesinden (veri klasörünüzdeki update/catalog.json)</translation>
    </message>
    <message>
        <source>Your own figure (overrides.json in your data folder): it wins over every catalog layer</source>
        <translation>Kendi değeriniz (veri klasörünüzdeki overrides.json): her katalog katmanından önce gelir</translation>
    </message>
    <message>
        <source>From the imported model list %1 (imports folder of your data folder)</source>
        <translation>İçe aktarılan %1 model listesinden (veri klasörünüzdeki imports klasörü)</translation>
    </message>
    <message>
        <source>the importer could not read the list</source>
        <translation>içe aktarıcı listeyi okuyamadı</translation>
    </message>
</context>
<context>
    <name>ms::gui::CatalogWords</name>
    <message>
        <source>interactions/month</source>
        <translation>etkileşim/ay</translation>
    </message>
    <message>
        <source>interactions/day</source>
        <translation>etkileşim/gün</translation>
    </message>
    <message>
        <source>API interactions/month</source>
        <translation>API etkileşimi/ay</translation>
    </message>
    <message>
        <source>messages/month</source>
        <translation>mesaj/ay</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>USD/month</source>
        <translation>USD/ay</translation>
    </message>
    <message>
        <source>USD/1M tokens</source>
        <translation>USD/1M jeton</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milyar</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bayt</translation>
    </message>
    <message>
        <source>sub-datasets</source>
        <translation>alt veri kümesi</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>sonlandırıldı</translation>
    </message>
    <message>
        <source>contact_only</source>
        <translation>yalnızca iletişimle</translation>
    </message>
    <message>
        <source>waitlist</source>
        <translation>bekleme listesi</translation>
    </message>
    <message>
        <source>public</source>
        <translation>herkese açık</translation>
    </message>
</context>
<context>
    <name>ms::gui::CompareDialog</name>
    <message>
        <source>Compare Alternatives</source>
        <translation>Seçenekleri Karşılaştır</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Karşılaştır:</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Seçenek %1</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Yan Yana</translation>
    </message>
    <message>
        <source>Top Ten Breakdown</source>
        <translation>İlk On Dökümü</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ms::gui::CompareModel</name>
    <message>
        <source>%1
Rank %2 · score %3 / 100</source>
        <translation>%1
%2. sıra · puan %3 / 100</translation>
    </message>
    <message>
        <source>%1
Not ranked</source>
        <translation>%1
Sıralanmadı</translation>
    </message>
    <message>
        <source>Weight: %1 % of the total</source>
        <translation>Ağırlık: toplam içinde %%1</translation>
    </message>
    <message>
        <source>Weight 0: not part of the score</source>
        <translation>Ağırlık 0: puana katılmıyor</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 (the editors&apos; estimate)</source>
        <translation>%1 (editörlerin tahmini)</translation>
    </message>
    <message>
        <source>%1 (estimate: %2)</source>
        <translation>%1 (tahmin: %2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Adds %1 points</source>
        <translation>%1 puan katıyor</translation>
    </message>
    <message>
        <source>best of the compared</source>
        <translation>karşılaştırılanların en iyisi</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%%2)</translation>
    </message>
</context>
<context>
    <name>ms::gui::CompareView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 (%2 vs %3, %4)</source>
        <translation>%1 (%2 / %3, %4)</translation>
    </message>
    <message>
        <source>1 other criterion (%1)</source>
        <translation>1 başka ölçüt (%1)</translation>
    </message>
    <message>
        <source>%1 other criteria (%2)</source>
        <translation>%1 başka ölçüt (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 tie at %3 points</source>
        <translation>%1 ile %2 %3 puanla berabere</translation>
    </message>
    <message>
        <source>%1 ranks above %2 by %3 points</source>
        <translation>%1, %2 seçeneğinin %3 puan önünde</translation>
    </message>
    <message>
        <source>%1 and %2 tie at a score of %3</source>
        <translation>%1 ile %2 %3 puanla berabere</translation>
    </message>
    <message>
        <source>%1 ranks above %2 by %3</source>
        <translation>%1, %2 seçeneğinin %3 önünde</translation>
    </message>
    <message>
        <source>, criterion by criterion.</source>
        <translation>; her ölçütte de eşitler.</translation>
    </message>
    <message>
        <source>%1 is better on %2</source>
        <translation>%1, %2 ölçütlerinde daha iyi</translation>
    </message>
    <message>
        <source>it is better on %1</source>
        <translation>%1 ölçütlerinde daha iyi</translation>
    </message>
    <message>
        <source>%1 leads on %2</source>
        <translation>%1, %2 ölçütlerinde önde</translation>
    </message>
    <message>
        <source>(With %1 these differences are a guide, not an exact split of the gap.)</source>
        <translation>(%1 ile bu farklar yol göstericidir; aradaki farkın tam dökümü değildir.)</translation>
    </message>
    <message>
        <source>Facts side by side</source>
        <translation>Veriler yan yana</translation>
    </message>
    <message>
        <source>Why each ranks above the next</source>
        <translation>Her biri neden bir sonrakinin önünde</translation>
    </message>
    <message>
        <source>Pick two to four alternatives to compare.</source>
        <translation>Karşılaştırmak için iki ile dört arası seçenek seçin.</translation>
    </message>
    <message>
        <source>%1 is not ranked: %2.</source>
        <translation>%1 sıralanmadı: %2.</translation>
    </message>
    <message>
        <source>%1 is not ranked.</source>
        <translation>%1 sıralanmadı.</translation>
    </message>
    <message>
        <source>Pick at least two alternatives to see why one ranks above the other.</source>
        <translation>Birinin neden ötekinin önünde olduğunu görmek için en az iki seçenek seçin.</translation>
    </message>
</context>
<context>
    <name>ms::gui::ConstraintsEditor</name>
    <message>
        <source>Alternatives that fail a must-have leave the ranking. An unknown fact fails.</source>
        <translation>Bir zorunlu koşulu karşılamayan seçenekler sıralamadan çıkar. Bilinmeyen bir veri koşulu karşılamaz.</translation>
    </message>
    <message>
        <source>Active must-haves</source>
        <translation>Etkin zorunlu koşullar</translation>
    </message>
    <message>
        <source>None yet: every alternative is ranked.</source>
        <translation>Henüz yok: her seçenek sıralanıyor.</translation>
    </message>
    <message>
        <source>Add a must-have</source>
        <translation>Zorunlu koşul ekle</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>Ö&amp;lçüt:</translation>
    </message>
    <message>
        <source>Must-have criterion</source>
        <translation>Zorunlu koşulun ölçütü</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Koşul:</translation>
    </message>
    <message>
        <source>Must-have condition</source>
        <translation>Zorunlu koşulun şartı</translation>
    </message>
    <message>
        <source>Must-have value</source>
        <translation>Zorunlu koşulun değeri</translation>
    </message>
    <message>
        <source>Must-have level</source>
        <translation>Zorunlu koşulun düzeyi</translation>
    </message>
    <message>
        <source>Must-have levels</source>
        <translation>Zorunlu koşulun düzeyleri</translation>
    </message>
    <message>
        <source>Add must-have</source>
        <translation>Zorunlu koşulu ekle</translation>
    </message>
    <message>
        <source>Leave out every alternative that does not meet this condition</source>
        <translation>Bu koşulu karşılamayan her seçeneği eler</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>Keep only alternatives where this is yes</source>
        <translation>Yalnızca bunun evet olduğu seçenekleri tut</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Keep only alternatives where this is no</source>
        <translation>Yalnızca bunun hayır olduğu seçenekleri tut</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>en az</translation>
    </message>
    <message>
        <source>Keep only alternatives with this much or more</source>
        <translation>Yalnızca bu kadar ya da daha fazlası olan seçenekleri tut</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>en çok</translation>
    </message>
    <message>
        <source>Keep only alternatives with this much or less</source>
        <translation>Yalnızca bu kadar ya da daha azı olan seçenekleri tut</translation>
    </message>
    <message>
        <source>is unlimited</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>Keep only alternatives without a limit</source>
        <translation>Yalnızca sınırı olmayan seçenekleri tut</translation>
    </message>
    <message>
        <source>at least level</source>
        <translation>en az şu düzey</translation>
    </message>
    <message>
        <source>Keep only alternatives at this level or a better one</source>
        <translation>Yalnızca bu düzeyde ya da daha iyisinde olan seçenekleri tut</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>şunlardan biri</translation>
    </message>
    <message>
        <source>Keep only alternatives at one of the levels you tick</source>
        <translation>Yalnızca işaretlediğiniz düzeylerden birinde olan seçenekleri tut</translation>
    </message>
    <message>
        <source>A number in %1; type the decimal separator of your language</source>
        <translation>%1 cinsinden bir sayı; dilinizin ondalık ayırıcısını kullanın</translation>
    </message>
    <message>
        <source>the criterion&apos;s unit</source>
        <translation>ölçütün birimi</translation>
    </message>
    <message>
        <source>The catalog&apos;s scale: %1 to %2</source>
        <translation>Katalogdaki ölçek: %1 ile %2 arası</translation>
    </message>
    <message>
        <source>(pick levels)</source>
        <translation>(düzey seçin)</translation>
    </message>
    <message>
        <source>Levels to keep: %1</source>
        <translation>Tutulacak düzeyler: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hiçbiri</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Yüklü katalog yok.</translation>
    </message>
    <message>
        <source>Pick at least one level.</source>
        <translation>En az bir düzey seçin.</translation>
    </message>
    <message>
        <source>Remove this must-have</source>
        <translation>Bu zorunlu koşulu kaldır</translation>
    </message>
    <message>
        <source>Remove must-have: %1</source>
        <translation>Zorunlu koşulu kaldır: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 %2 olmalı</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 %2 olmamalı</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 en az %2 olmalı</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 en çok %2 olmalı</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 şunlardan biri olmalı: %2</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1; değeri bilinmiyor</translation>
    </message>
    <message>
        <source>%1: it is %2</source>
        <translation>%1; değeri %2</translation>
    </message>
</context>
<context>
    <name>ms::gui::ContributionChart</name>
    <message>
        <source>Score contributions of the top ten</source>
        <translation>İlk onun puana katkıları</translation>
    </message>
    <message>
        <source>No ranking to show</source>
        <translation>Gösterilecek sıralama yok</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Score points (out of 100)</source>
        <translation>Puan (100 üzerinden)</translation>
    </message>
    <message>
        <source>Weighted normalised value</source>
        <translation>Ağırlıklı normalleştirilmiş değer</translation>
    </message>
    <message>
        <source>What makes up each score (top %1)</source>
        <translation>Her puan neyden oluşuyor (ilk %1)</translation>
    </message>
    <message>
        <source>Weighted values per criterion, top %1 (%2: a guide, not an exact split)</source>
        <translation>Ölçüt başına ağırlıklı değerler, ilk %1 (%2: yol gösterici, tam döküm değil)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puan</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>ms::gui::DetailsPane</name>
    <message>
        <source>Published: %1</source>
        <translation>Yayımlanma: %1</translation>
    </message>
    <message>
        <source>Fact as of: %1</source>
        <translation>Verinin tarihi: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>counted as the worst value</source>
        <translation>en kötü değer sayılır</translation>
    </message>
    <message>
        <source>counted as the best value</source>
        <translation>en iyi değer sayılır</translation>
    </message>
    <message>
        <source>counted halfway between worst and best</source>
        <translation>en kötü ile en iyinin ortası sayılır</translation>
    </message>
    <message>
        <source>Select an alternative to see what it offers and why it ranks where it does.</source>
        <translation>Ne sunduğunu ve neden o sırada olduğunu görmek için bir seçenek seçin.</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>Seçeneğin adı</translation>
    </message>
    <message>
        <source>Known: the share of the weight whose facts the catalog gives</source>
        <translation>Bilinen: ağırlığın, verisi katalogda bulunan payı</translation>
    </message>
    <message>
        <source>Projected monthly cost for your usage</source>
        <translation>Kullanımınıza göre öngörülen aylık maliyet</translation>
    </message>
    <message>
        <source>Mod author pays</source>
        <translation>Mod yapımcısı öder</translation>
    </message>
    <message>
        <source>Each player pays</source>
        <translation>Her oyuncu öder</translation>
    </message>
    <message>
        <source>Free tier covers it</source>
        <translation>Ücretsiz kota karşılıyor</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Fayda</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Contributions to the score</source>
        <translation>Puana katkılar</translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation>Toplam ağırlık içindeki pay</translation>
    </message>
    <message>
        <source>How good the fact is after normalisation: 0 worst, 1 best; an unknown fact counts as the policy says</source>
        <translation>Verinin normalleştirmeden sonra ne kadar iyi olduğu: 0 en kötü, 1 en iyi; bilinmeyen veri seçilen kurala göre sayılır</translation>
    </message>
    <message>
        <source>Weight × utility, in score points out of 100; with the weighted sum the points add up to the score</source>
        <translation>Ağırlık × fayda, 100 üzerinden puan olarak; ağırlıklı toplamda puanların toplamı skoru verir</translation>
    </message>
    <message>
        <source>&amp;Why this score</source>
        <translation>&amp;Bu puan neden</translation>
    </message>
    <message>
        <source>When the fact was checked, and where it comes from</source>
        <translation>Verinin ne zaman denetlendiği ve nereden geldiği</translation>
    </message>
    <message>
        <source>≈ marks an estimate; point at a value for its note.</source>
        <translation>≈ bir tahmini gösterir; notunu görmek için fareyle değerin üzerine gelin.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Facts per criterion</source>
        <translation>Ölçüt başına veriler</translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation>&amp;Veriler</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Diğer ayrıntılar</translation>
    </message>
    <message>
        <source>Point at a value for its source and date</source>
        <translation>Kaynağını ve tarihini görmek için fareyle değerin üzerine gelin</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>Rank %1 of %2 · score %3 / 100 · %4 % known</source>
        <translation>%2 seçenek içinde %1. sıra · puan %3 / 100 · %%4 biliniyor</translation>
    </message>
    <message>
        <source>Rank %1 of %2 · score %3 · %4 % known</source>
        <translation>%2 seçenek içinde %1. sıra · puan %3 · %%4 biliniyor</translation>
    </message>
    <message>
        <source>Not ranked: give at least one criterion a weight above 0.</source>
        <translation>Sıralanmadı: en az bir ölçüte 0’dan büyük ağırlık verin.</translation>
    </message>
    <message>
        <source>Strongest: %1.</source>
        <translation>En güçlü olduğu ölçütler: %1.</translation>
    </message>
    <message>
        <source>Loses most on: %1.</source>
        <translation>En çok puan kaybettiği ölçütler: %1.</translation>
    </message>
    <message>
        <source>Unknown, %1: %2.</source>
        <translation>Bilinmeyen (%1): %2.</translation>
    </message>
    <message>
        <source>With them the score could be %1 to %2.</source>
        <translation>Bunlarla birlikte puan %1 ile %2 arasında olabilir.</translation>
    </message>
    <message>
        <source>Dominated by %1: at least as good on every criterion you weigh, and better on one.</source>
        <translation>%1 buna baskın: ağırlık verdiğiniz her ölçütte en az onun kadar iyi ve en az birinde daha iyi.</translation>
    </message>
    <message>
        <source>With %1 the points below are a guide, not an exact split of the score.</source>
        <translation>%1 ile aşağıdaki puanlar yol göstericidir; puanın tam dökümü değildir.</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>the weighted product</source>
        <translation>ağırlıklı çarpım</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>The mod ships your key: one account serves every player</source>
        <translation>Mod sizin anahtarınızla gelir: tek bir hesap bütün oyunculara hizmet eder</translation>
    </message>
    <message>
        <source>Each player uses an account of their own</source>
        <translation>Her oyuncu kendi hesabını kullanır</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 adresini tarayıcıda aç</translation>
    </message>
    <message>
        <source>Not a web address: shown as text, not as a link</source>
        <translation>Bir web adresi değil: bağlantı olarak değil, metin olarak gösteriliyor</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>The fact is unknown; the policy counts it as %1</source>
        <translation>Veri bilinmiyor; seçilen kural onu %1 olarak sayar</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>The editors&apos; estimate</source>
        <translation>Editörlerin tahmini</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Tahmin: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>When the fact was checked; ⚠ marks a stale one</source>
        <translation>Verinin ne zaman denetlendiği; ⚠ eskimiş olanı gösterir</translation>
    </message>
    <message>
        <source>Where the value comes from: the bundled catalog, an update, an import, or your own figure</source>
        <translation>Değerin nereden geldiği: programla gelen katalog, bir güncelleme, bir içe aktarma ya da kendi değeriniz</translation>
    </message>
    <message>
        <source>&amp;Edit Fact…</source>
        <translation>Veriyi &amp;Düzenle…</translation>
    </message>
    <message>
        <source>Remove your own figure; the catalog&apos;s value comes back</source>
        <translation>Kendi değerinizi kaldırır; katalogdaki değer geri gelir</translation>
    </message>
    <message>
        <source>This value is the catalog&apos;s, not yours</source>
        <translation>Bu değer sizin değil, kataloğun</translation>
    </message>
    <message>
        <source>&amp;Open Source in Browser</source>
        <translation>Kaynağı Tarayıcıda &amp;Aç</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Stale: as of %1, %2 months old on %3; facts older than %4 months count as stale. Check it at its source, or give your own figure.</source>
        <translation>Eskimiş: %1 tarihli, %3 itibarıyla %2 aylık; %4 aydan eski veriler eskimiş sayılır. Kaynağından denetleyin ya da kendi değerinizi verin.</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, eskimiş</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Kaynak belirtilmemiş</translation>
    </message>
    <message>
        <source>Click to open it in the browser</source>
        <translation>Tarayıcıda açmak için tıklayın</translation>
    </message>
    <message>
        <source>Re&amp;vert to Catalog Value</source>
        <translation>&amp;Katalog Değerine Dön</translation>
    </message>
</context>
<context>
    <name>ms::gui::ExportDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 inç)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Raporun kaydedileceği yeri seçin</translation>
    </message>
    <message>
        <source> alternative</source>
        <translation> seçenek</translation>
    </message>
    <message>
        <source> alternatives</source>
        <translation> seçenek</translation>
    </message>
</context>
<context>
    <name>ms::gui::FactDialog</name>
    <message>
        <source>The figures would not load.</source>
        <translation>Değerler yüklenemedi.</translation>
    </message>
    <message>
        <source>Edit Fact — %1</source>
        <translation>Veriyi Düzenle — %1</translation>
    </message>
    <message>
        <source>Your own figure for %1. It wins over the catalog, its updates and imports, and is saved in your data folder; Edit › Undo takes it back.</source>
        <translation>%1 için kendi değeriniz. Katalogdan, güncellemelerinden ve içe aktarmalardan önce gelir ve veri klasörünüze kaydedilir; Düzen › Geri Al ile geri alınır.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Ayrıntı: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
    <message>
        <source>none (unknown)</source>
        <translation>yok (bilinmiyor)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 için %1 verisini düzenle</translation>
    </message>
    <message>
        <source>Choose a fact.</source>
        <translation>Bir veri seçin.</translation>
    </message>
</context>
<context>
    <name>ms::gui::FactValueEditor</name>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Evet/hayır</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Değer türü</translation>
    </message>
    <message>
        <source>Whether the detail is text, a number or yes/no</source>
        <translation>Ayrıntının metin, sayı ya da evet/hayır olduğu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Unli&amp;mited</source>
        <translation>&amp;Sınırsız</translation>
    </message>
    <message>
        <source>No limit at all: the best value this criterion can have</source>
        <translation>Hiç sınır yok: bu ölçütün alabileceği en iyi değer</translation>
    </message>
    <message>
        <source>Un&amp;known</source>
        <translation>&amp;Bilinmiyor</translation>
    </message>
    <message>
        <source>You do not know the value: the ranking treats it as the missing-fact policy says</source>
        <translation>Değeri bilmiyorsunuz: sıralama onu bilinmeyen veri kuralına göre değerlendirir</translation>
    </message>
    <message>
        <source>A number, e.g. %1</source>
        <translation>Bir sayı, örneğin %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Type a number, or tick Unknown.</source>
        <translation>Bir sayı yazın ya da Bilinmiyor kutusunu işaretleyin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type digits with at most one decimal separator (%2), no thousands separators.</source>
        <translation>&quot;%1&quot; bir sayı değil: en fazla bir ondalık ayırıcıyla (%2) rakam yazın, binlik ayırıcı kullanmayın.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Evet ya da hayır seçin.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Bir düzey seçin.</translation>
    </message>
    <message>
        <source>No value.</source>
        <translation>Değer yok.</translation>
    </message>
</context>
<context>
    <name>ms::gui::ImportReportDialog</name>
    <message>
        <source>Import Failed</source>
        <translation>İçe Aktarma Başarısız</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>İçe Aktarma Tamamlandı</translation>
    </message>
    <message>
        <source>The importer had nothing to report.</source>
        <translation>İçe aktarıcının bildireceği bir şey yok.</translation>
    </message>
    <message>
        <source>What the importer reported (%1):</source>
        <translation>İçe aktarıcının bildirdikleri (%1):</translation>
    </message>
    <message>
        <source>Import warnings and errors</source>
        <translation>İçe aktarma uyarıları ve hataları</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Tümünü Kopyala</translation>
    </message>
    <message>
        <source>Copy every line to the clipboard</source>
        <translation>Her satırı panoya kopyalar</translation>
    </message>
</context>
<context>
    <name>ms::gui::Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;yarlar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;System (default)</source>
        <translation>&amp;Sistem (varsayılan)</translation>
    </message>
    <message>
        <source>The language of the window and of the catalog&apos;s text; the change is immediate</source>
        <translation>Pencerenin ve katalog metinlerinin dili; değişiklik hemen uygulanır</translation>
    </message>
    <message>
        <source>Follow the system: Turkish on a Turkish system, else English</source>
        <translation>Sistemi izle: Türkçe bir sistemde Türkçe, değilse İngilizce</translation>
    </message>
</context>
<context>
    <name>ms::gui::MainWindow</name>
    <message>
        <source>Fixed bounds keep the order of the others when options are added, removed or left out. The other normalisations follow the alternatives ranked.</source>
        <translation>Sabit sınırlar, seçenek eklendiğinde, çıkarıldığında ya da elendiğinde diğerlerinin sırasını korur. Diğer normalleştirmeler sıralanan seçeneklere göre değişir.</translation>
    </message>
    <message>
        <source>Shows the alternatives whose name, vendor or summary has every word you type (Ctrl+F)</source>
        <translation>Adında, sağlayıcısında ya da özetinde yazdığınız her sözcük geçen seçenekleri gösterir (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your last settings could not be read, so the profile&apos;s are used (%1).</source>
        <translation>Son ayarlarınız okunamadığı için profilin ayarları kullanılıyor (%1).</translation>
    </message>
    <message>
        <source>The file could not be read as a catalog.</source>
        <translation>Dosya katalog olarak okunamadı.</translation>
    </message>
    <message>
        <source>Could not load the catalog
%1

</source>
        <translation>Katalog yüklenemedi
%1

</translation>
    </message>
    <message>
        <source>The previous catalog stays in use.</source>
        <translation>Önceki katalog kullanılmaya devam ediyor.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Yüklü katalog yok.</translation>
    </message>
    <message>
        <source>… and %1 more (see details)</source>
        <translation>… ve %1 tane daha (ayrıntılara bakın)</translation>
    </message>
    <message>
        <source>Catalog not loaded</source>
        <translation>Katalog yüklenmedi</translation>
    </message>
    <message>
        <source>Catalog loaded with 1 warning; see the log.</source>
        <translation>Katalog 1 uyarıyla yüklendi; günlüğe bakın.</translation>
    </message>
    <message>
        <source>Catalog loaded with %1 warnings; see the log.</source>
        <translation>Katalog %1 uyarıyla yüklendi; günlüğe bakın.</translation>
    </message>
    <message>
        <source>No alternative meets all your must-haves. Remove one to see a ranking.</source>
        <translation>Hiçbir seçenek zorunlu koşullarınızın hepsini karşılamıyor. Bir sıralama görmek için birini kaldırın.</translation>
    </message>
    <message>
        <source>No ranking: %1</source>
        <translation>Sıralama yok: %1</translation>
    </message>
    <message>
        <source>Must-have: %1
%2</source>
        <translation>Zorunlu koşul: %1
%2</translation>
    </message>
    <message>
        <source>Left out by your must-haves: 1 alternative</source>
        <translation>Zorunlu koşullarınızın eledikleri: 1 seçenek</translation>
    </message>
    <message>
        <source>Left out by your must-haves: %1 alternatives</source>
        <translation>Zorunlu koşullarınızın eledikleri: %1 seçenek</translation>
    </message>
    <message>
        <source>costs projected from your usage</source>
        <translation>maliyetler kullanımınızdan hesaplandı</translation>
    </message>
    <message>
        <source>Change them under Advanced, on the left</source>
        <translation>Bunları soldaki Gelişmiş bölümünden değiştirin</translation>
    </message>
    <message>
        <source>&amp;Must-haves</source>
        <translation>&amp;Zorunlu koşullar</translation>
    </message>
    <message>
        <source>&amp;Must-haves · %1</source>
        <translation>&amp;Zorunlu koşullar · %1</translation>
    </message>
    <message>
        <source>Your mod&apos;s &amp;usage · on</source>
        <translation>Modunuzun &amp;kullanımı · açık</translation>
    </message>
    <message>
        <source>Your mod&apos;s &amp;usage · off</source>
        <translation>Modunuzun &amp;kullanımı · kapalı</translation>
    </message>
    <message>
        <source>WSM</source>
        <translation>WSM</translation>
    </message>
    <message>
        <source>WPM</source>
        <translation>WPM</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>Ad&amp;vanced · %1</source>
        <translation>&amp;Gelişmiş · %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>ModelScout</source>
        <translation>ModelScout</translation>
    </message>
    <message>
        <source>No catalog loaded: use File › Open Catalog… (Ctrl+O)</source>
        <translation>Yüklü katalog yok: Dosya › Katalog Aç… (Ctrl+O) ile açın</translation>
    </message>
    <message>
        <source>ModelScout — %1</source>
        <translation>ModelScout — %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>sürüm %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
    <message>
        <source>1 alternative</source>
        <translation>1 seçenek</translation>
    </message>
    <message>
        <source>%1 alternatives</source>
        <translation>%1 seçenek</translation>
    </message>
    <message>
        <source> · %1 left out</source>
        <translation> · %1 elendi</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 gösteriliyor</translation>
    </message>
    <message>
        <source>There is no ranking to export: every weight is zero.</source>
        <translation>Dışa aktarılacak sıralama yok: her ağırlık sıfır.</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Katalog Aç</translation>
    </message>
    <message>
        <source>Catalogs (*.json);;All files (*)</source>
        <translation>Kataloglar (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF Raporu Dışa Aktar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapor yazılmadı</translation>
    </message>
    <message>
        <source>Could not write the report
%1

%2</source>
        <translation>Rapor yazılamadı
%1

%2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapor %1 konumuna kaydedildi</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analiz</translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation>Seçilenleri &amp;Karşılaştır…</translation>
    </message>
    <message>
        <source>Compare the selected alternative with the next, side by side</source>
        <translation>Seçili seçeneği bir sonrakiyle yan yana karşılaştırır</translation>
    </message>
    <message>
        <source>&amp;Sensitivity…</source>
        <translation>&amp;Duyarlılık…</translation>
    </message>
    <message>
        <source>How far each weight can move before the top choice changes</source>
        <translation>Birinci seçenek değişmeden her ağırlığın ne kadar oynayabileceği</translation>
    </message>
    <message>
        <source>Weights by &amp;Ranking…</source>
        <translation>&amp;Sıralayarak Ağırlıklar…</translation>
    </message>
    <message>
        <source>Set the weights by putting the criteria in order</source>
        <translation>Ağırlıkları ölçütleri sıraya koyarak belirler</translation>
    </message>
    <message>
        <source>Weights by &amp;Pairs…</source>
        <translation>&amp;İkili Karşılaştırmayla Ağırlıklar…</translation>
    </message>
    <message>
        <source>Set the weights by comparing the criteria two at a time</source>
        <translation>Ağırlıkları ölçütleri ikişer ikişer karşılaştırarak belirler</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe Aktar</translation>
    </message>
    <message>
        <source>&amp;LiteLLM Price Map…</source>
        <translation>&amp;LiteLLM Fiyat Haritası…</translation>
    </message>
    <message>
        <source>LiteLLM&apos;s model_prices_and_context_window.json: chat models with their token prices</source>
        <translation>LiteLLM’in model_prices_and_context_window.json dosyası: jeton fiyatlarıyla sohbet modelleri</translation>
    </message>
    <message>
        <source>&amp;OpenRouter Models…</source>
        <translation>&amp;OpenRouter Modelleri…</translation>
    </message>
    <message>
        <source>A saved response of OpenRouter&apos;s /api/v1/models</source>
        <translation>OpenRouter’ın /api/v1/models yanıtının kaydedilmiş hâli</translation>
    </message>
    <message>
        <source>&amp;GPT4All Model List…</source>
        <translation>&amp;GPT4All Model Listesi…</translation>
    </message>
    <message>
        <source>GPT4All&apos;s models3.json: local models you can download</source>
        <translation>GPT4All’un models3.json dosyası: indirebileceğiniz yerel modeller</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>D&amp;üzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Edit Fact…</source>
        <translation>Veriyi &amp;Düzenle…</translation>
    </message>
    <message>
        <source>Give the selected alternative a figure of your own; it wins over the catalog</source>
        <translation>Seçili seçeneğe kendi değerinizi verir; katalogdakinden önce gelir</translation>
    </message>
    <message>
        <source>&amp;Add Alternative…</source>
        <translation>Seçenek &amp;Ekle…</translation>
    </message>
    <message>
        <source>Add an option the catalog does not list, with figures of your own</source>
        <translation>Katalogda olmayan bir seçeneği kendi değerlerinizle ekler</translation>
    </message>
    <message>
        <source>Remove your own figure for the fact selected in the details pane</source>
        <translation>Ayrıntılar bölmesinde seçili veri için kendi değerinizi kaldırır</translation>
    </message>
    <message>
        <source>Select one of your own figures (layer &quot;user&quot;) in the details pane first.</source>
        <translation>Önce ayrıntılar bölmesinde kendi değerlerinizden birini (&quot;kullanıcı&quot; katmanı) seçin.</translation>
    </message>
    <message>
        <source>Catalog Layers Skipped</source>
        <translation>Atlanan Katalog Katmanları</translation>
    </message>
    <message>
        <source>These files in your data folder have errors, so they are not used. The other layers are.

%1</source>
        <translation>Veri klasörünüzdeki bu dosyalar hatalar içerdiği için kullanılmıyor. Diğer katmanlar kullanılıyor.

%1</translation>
    </message>
    <message>
        <source>Stale facts</source>
        <translation>Eskimiş veriler</translation>
    </message>
    <message>
        <source>1 layer skipped</source>
        <translation>1 katman atlandı</translation>
    </message>
    <message>
        <source>%1 layers skipped</source>
        <translation>%1 katman atlandı</translation>
    </message>
    <message>
        <source>Files of your data folder with errors, not used:
%1</source>
        <translation>Veri klasörünüzde hatalı olduğu için kullanılmayan dosyalar:
%1</translation>
    </message>
    <message>
        <source>Some files in your data folder have errors, so they are not used; the rest of the catalog is.

%1</source>
        <translation>Veri klasörünüzdeki bazı dosyalar hatalar içerdiği için kullanılmıyor; kataloğun geri kalanı kullanılıyor.

%1</translation>
    </message>
    <message>
        <source>Layers, lowest first (a later layer wins per fact):
%1
Data folder: %2</source>
        <translation>Katmanlar, en alttaki ilk (her veride sonraki katman önce gelir):
%1
Veri klasörü: %2</translation>
    </message>
    <message>
        <source>1 stale fact</source>
        <translation>1 eskimiş veri</translation>
    </message>
    <message>
        <source>%1 stale facts</source>
        <translation>%1 eskimiş veri</translation>
    </message>
    <message>
        <source>No fact is older than %1 months on %2.</source>
        <translation>%2 tarihinde hiçbir veri %1 aydan eski değil.</translation>
    </message>
    <message>
        <source>Older than %1 months on %2 (click for the list):</source>
        <translation>%2 tarihinde %1 aydan eski olanlar (liste için tıklayın):</translation>
    </message>
    <message>
        <source>%1: %2, as of %3 (%4 months)</source>
        <translation>%1: %2, %3 itibarıyla (%4 ay)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ve %1 tane daha</translation>
    </message>
    <message>
        <source>Your Figures</source>
        <translation>Kendi Değerleriniz</translation>
    </message>
    <message>
        <source>Your figures were not saved: they would not load. Nothing changed.</source>
        <translation>Değerleriniz kaydedilmedi: yüklenemiyorlardı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Your figures were not saved, so nothing changed.
%1</source>
        <translation>Değerleriniz kaydedilmedi; bu yüzden hiçbir şey değişmedi.
%1</translation>
    </message>
    <message>
        <source>%1: saved to %2</source>
        <translation>%1: %2 dosyasına kaydedildi</translation>
    </message>
    <message>
        <source>%1 was changed outside ModelScout since this step, so it is left as it is.</source>
        <translation>%1 bu adımdan sonra ModelScout dışında değiştirildi; bu yüzden olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>Your figures could not be changed back, so they stay as they are.
%1</source>
        <translation>Değerleriniz geri alınamadı; olduğu gibi kalıyorlar.
%1</translation>
    </message>
    <message>
        <source>This value is the catalog&apos;s: there is no figure of yours to remove.</source>
        <translation>Bu değer kataloğun: kaldırılacak bir değeriniz yok.</translation>
    </message>
    <message>
        <source>Revert %1 of %2</source>
        <translation>%2 için %1 verisini geri al</translation>
    </message>
    <message>
        <source>Select an alternative in the ranking first.</source>
        <translation>Önce sıralamada bir seçenek seçin.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 ekle</translation>
    </message>
    <message>
        <source>LiteLLM price map (*.json)</source>
        <translation>LiteLLM fiyat haritası (*.json)</translation>
    </message>
    <message>
        <source>OpenRouter models (*.json)</source>
        <translation>OpenRouter modelleri (*.json)</translation>
    </message>
    <message>
        <source>GPT4All model list (*.json)</source>
        <translation>GPT4All model listesi (*.json)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>İçe Aktar: %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 içe aktarılmadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln models from %1</source>
        <translation>
            <numerusform>%1 kaynağından %Ln model içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were skipped; the list below says why.</source>
        <translation>
            <numerusform>%Ln kayıt atlandı; nedenleri aşağıdaki listede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1, dated %2. Importing this format again replaces it; your own figures stay.</source>
        <translation>%2 tarihiyle %1 olarak kaydedildi. Bu biçimi yeniden içe aktarmak onun yerini alır; kendi değerleriniz kalır.</translation>
    </message>
    <message>
        <source>ModelScout report</source>
        <translation>ModelScout raporu</translation>
    </message>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>&amp;Senaryo Aç…</translation>
    </message>
    <message>
        <source>Rank with the weights, must-haves and usage of a scenario file (Ctrl+Shift+O)</source>
        <translation>Bir senaryo dosyasının ağırlıkları, zorunlu koşulları ve kullanımıyla sıralar (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Rank with the weights, must-haves and usage of a scenario file</source>
        <translation>Bir senaryo dosyasının ağırlıkları, zorunlu koşulları ve kullanımıyla sıralar</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>S&amp;on Açılanlar</translation>
    </message>
    <message>
        <source>Open a catalog or scenario file opened before</source>
        <translation>Daha önce açılmış bir katalog ya da senaryo dosyasını açar</translation>
    </message>
    <message>
        <source>Export the report as PDF, HTML, Markdown, CSV or JSON, in English or Turkish (Ctrl+Shift+E)</source>
        <translation>Raporu İngilizce ya da Türkçe olarak PDF, HTML, Markdown, CSV veya JSON biçiminde dışa aktarır (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the report as PDF, HTML, Markdown, CSV or JSON</source>
        <translation>Raporu PDF, HTML, Markdown, CSV ya da JSON olarak dışa aktarır</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Baskı Ö&amp;nizleme…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they will be printed (Ctrl+Shift+P)</source>
        <translation>Raporun sayfalarını yazdırılacakları gibi gösterir (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they will be printed</source>
        <translation>Raporun sayfalarını yazdırılacakları gibi gösterir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Print the report: the same pages as the PDF (Ctrl+P)</source>
        <translation>Raporu yazdırır: PDF ile aynı sayfalar (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the report: the same pages as the PDF</source>
        <translation>Raporu yazdırır: PDF ile aynı sayfalar</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Dosya bulunamadı</translation>
    </message>
    <message>
        <source>%1
no longer exists, so it was removed from the recent files.</source>
        <translation>%1
artık yok; bu yüzden son açılan dosyalardan kaldırıldı.</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Dosya açılmadı</translation>
    </message>
    <message>
        <source>%1
is not a file that can be opened.</source>
        <translation>%1
açılabilecek bir dosya değil.</translation>
    </message>
    <message>
        <source>Overrides not opened</source>
        <translation>Geçersiz kılmalar açılmadı</translation>
    </message>
    <message>
        <source>%1
holds your own figures (a file of overrides), not a catalog or a scenario.

ModelScout applies the overrides.json in its data folder on top of the catalog; change it with “modelscout-cli catalog override ALTERNATIVE CRITERION VALUE”. The current catalog stays in use.</source>
        <translation>%1
bir katalog ya da senaryo değil, kendi değerlerinizi (geçersiz kılmalar dosyası) içeriyor.

ModelScout, veri klasöründeki overrides.json dosyasını kataloğun üzerine uygular; onu “modelscout-cli catalog override SEÇENEK ÖLÇÜT DEĞER” ile değiştirin. Geçerli katalog kullanılmaya devam ediyor.</translation>
    </message>
    <message>
        <source>Scenario not opened</source>
        <translation>Senaryo açılmadı</translation>
    </message>
    <message>
        <source>%1
is a scenario. Open a catalog first: a scenario&apos;s weights and must-haves refer to a catalog&apos;s criteria.</source>
        <translation>%1
bir senaryo. Önce bir katalog açın: bir senaryonun ağırlıkları ve zorunlu koşulları bir kataloğun ölçütlerine dayanır.</translation>
    </message>
    <message>
        <source>Could not open the scenario
%1

The current scenario stays in use.</source>
        <translation>Senaryo açılamadı
%1

Geçerli senaryo kullanılmaya devam ediyor.</translation>
    </message>
    <message>
        <source>Scenario %1 applied</source>
        <translation>%1 senaryosu uygulandı</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Senaryo Aç</translation>
    </message>
    <message>
        <source>Open a catalog first: a scenario&apos;s weights and must-haves refer to a catalog&apos;s criteria.</source>
        <translation>Önce bir katalog açın: bir senaryonun ağırlıkları ve zorunlu koşulları bir kataloğun ölçütlerine dayanır.</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Senaryolar (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>No printer was given.</source>
        <translation>Yazıcı belirtilmedi.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Raporu Dışa Aktar</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF raporu yazılıyor…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapor yazılıyor…</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Raporu Yazdır</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Rapor yazdırılıyor…</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Rapor yazdırılmadı</translation>
    </message>
    <message>
        <source>Could not print the report.

%1</source>
        <translation>Rapor yazdırılamadı.

%1</translation>
    </message>
    <message>
        <source>Report sent to %1</source>
        <translation>Rapor gönderildi: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Baskı Önizleme</translation>
    </message>
    <message>
        <source>Your figures are unchanged.</source>
        <translation>Değerleriniz değişmedi.</translation>
    </message>
    <message>
        <source>Re&amp;vert to Catalog Value</source>
        <translation>&amp;Katalog Değerine Dön</translation>
    </message>
    <message>
        <source>Expor&amp;t Report…</source>
        <translation>&amp;Raporu Dışa Aktar…</translation>
    </message>
</context>
<context>
    <name>ms::gui::RadarChart</name>
    <message>
        <source>Normalised values of the compared alternatives</source>
        <translation>Karşılaştırılan seçeneklerin normalleştirilmiş değerleri</translation>
    </message>
    <message>
        <source>Pick two to four alternatives to compare</source>
        <translation>Karşılaştırmak için iki ile dört arası seçenek seçin</translation>
    </message>
    <message>
        <source>Normalised values: centre 0 (worst), rim 1 (best)</source>
        <translation>Normalleştirilmiş değerler: merkez 0 (en kötü), kenar 1 (en iyi)</translation>
    </message>
</context>
<context>
    <name>ms::gui::RankingTableModel</name>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>dominated by %1</source>
        <translation>baskılayan: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Weighted sum of the normalised facts</source>
        <translation>Normalleştirilmiş verilerin ağırlıklı toplamı</translation>
    </message>
    <message>
        <source>Weighted product of the normalised facts</source>
        <translation>Normalleştirilmiş verilerin ağırlıklı çarpımı</translation>
    </message>
    <message>
        <source>Closeness to the ideal alternative (TOPSIS)</source>
        <translation>İdeal seçeneğe yakınlık (TOPSIS)</translation>
    </message>
    <message>
        <source>, 0 to 100.</source>
        <translation>, 0 ile 100 arası.</translation>
    </message>
    <message>
        <source>, in the criteria&apos;s own units.</source>
        <translation>, ölçütlerin kendi birimleriyle.</translation>
    </message>
    <message>
        <source>Some facts are unknown: the score could be anything from %1 (all at their worst) to %2 (all at their best).</source>
        <translation>Bazı veriler bilinmiyor: puan %1 (hepsi en kötü değerinde) ile %2 (hepsi en iyi değerinde) arasında herhangi bir değer olabilir.</translation>
    </message>
    <message>
        <source>Share of the weight whose facts are known for this alternative.</source>
        <translation>Ağırlığın, bu seçenek için verisi bilinen payı.</translation>
    </message>
    <message>
        <source>%1 is at least as good on every criterion you weigh, and better on one.</source>
        <translation>%1, ağırlık verdiğiniz her ölçütte en az bunun kadar iyi ve en az birinde daha iyi.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bilinen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Rank: tied scores share a rank</source>
        <translation>Sıra: eşit puanlılar aynı sırayı paylaşır</translation>
    </message>
    <message>
        <source>The model, API or character service</source>
        <translation>Model, API ya da karakter servisi</translation>
    </message>
    <message>
        <source>Local model, online model API or character service</source>
        <translation>Yerel model, çevrimiçi model API’si ya da karakter servisi</translation>
    </message>
    <message>
        <source>The score the ranking uses; in brackets, its range when facts are unknown</source>
        <translation>Sıralamanın kullandığı puan; ayraç içinde, bilinmeyen veriler varken alabileceği aralık</translation>
    </message>
    <message>
        <source>Share of the weight whose facts are known</source>
        <translation>Ağırlığın, verisi bilinen payı</translation>
    </message>
    <message>
        <source>Dominated: another alternative is at least as good on every criterion you weigh</source>
        <translation>Baskın seçenek: başka bir seçenek ağırlık verdiğiniz her ölçütte en az bunun kadar iyi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) older than %1 months; check them at their source:</source>
        <translation>
            <numerusform>%n veri %1 aydan eski; kaynaklarından denetleyin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: as of %2, %n month(s) old</source>
        <translation>
            <numerusform>%1: %2 itibarıyla, %n aylık</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ve %1 tane daha</translation>
    </message>
    <message>
        <source>What adds most to this score: %1</source>
        <translation>Bu puana en çok katkı yapanlar: %1</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Eskimiş</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Temel veriler</translation>
    </message>
    <message>
        <source>How many of the alternative&apos;s facts are older than %1 months</source>
        <translation>Seçeneğin kaç verisinin %1 aydan eski olduğu</translation>
    </message>
    <message>
        <source>The two criteria that add most to the score, with their values</source>
        <translation>Puana en çok katkı yapan iki ölçüt ve değerleri</translation>
    </message>
</context>
<context>
    <name>ms::gui::RecentFiles</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (bulunamadı)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 artık yok</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Listeyi &amp;Temizle</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Son açılan dosyaları unutur</translation>
    </message>
</context>
<context>
    <name>ms::gui::ReportExport</name>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML sayfası</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table (ranking only)</source>
        <translation>CSV tablosu (yalnızca sıralama)</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON verisi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML sayfaları (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown dosyaları (*.md *.markdown)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Dosya adı verilmedi.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>ms::gui::RocWeightsDialog</name>
    <message>
        <source>Position</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>Tick to tie it with the one above</source>
        <translation>Üsttekiyle eşit saymak için işaretleyin</translation>
    </message>
    <message>
        <source>tied with the one above</source>
        <translation>üsttekiyle eşit</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Rank at least one criterion.</source>
        <translation>En az bir ölçütü sıralayın.</translation>
    </message>
    <message>
        <source>Criteria left out get weight 0.</source>
        <translation>Dışarıda bırakılan ölçütlerin ağırlığı 0 olur.</translation>
    </message>
</context>
<context>
    <name>ms::gui::ScenarioController</name>
    <message>
        <source>Weighted sum (WSM)</source>
        <translation>Ağırlıklı toplam (WSM)</translation>
    </message>
    <message>
        <source>Adds up weight × how good each fact is; the default</source>
        <translation>Ağırlık × her verinin ne kadar iyi olduğunu toplar; varsayılan</translation>
    </message>
    <message>
        <source>Weighted product (WPM)</source>
        <translation>Ağırlıklı çarpım (WPM)</translation>
    </message>
    <message>
        <source>Multiplies the facts, so one weak spot weighs more</source>
        <translation>Verileri çarpar; bu yüzden tek bir zayıf nokta daha çok etkiler</translation>
    </message>
    <message>
        <source>Closest to the ideal (TOPSIS)</source>
        <translation>İdeale en yakın (TOPSIS)</translation>
    </message>
    <message>
        <source>Near the best possible and far from the worst</source>
        <translation>Olabilecek en iyiye yakın, en kötüden uzak</translation>
    </message>
    <message>
        <source>Depends on the alternatives ranked: a must-have can reorder the others</source>
        <translation>Sıralanan seçeneklere bağlıdır: bir zorunlu koşul diğerlerinin sırasını değiştirebilir</translation>
    </message>
    <message>
        <source>Fixed bounds (catalog scale)</source>
        <translation>Sabit sınırlar (katalog ölçeği)</translation>
    </message>
    <message>
        <source>Adding or filtering options never reorders the others; the default</source>
        <translation>Seçenek eklemek ya da süzmek diğerlerinin sırasını hiç değiştirmez; varsayılan</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–maks</translation>
    </message>
    <message>
        <source>Divide by the maximum</source>
        <translation>En büyüğe böl</translation>
    </message>
    <message>
        <source>Divide by the sum</source>
        <translation>Toplama böl</translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation>Vektör (Öklid)</translation>
    </message>
    <message>
        <source>Raw values</source>
        <translation>Ham değerler</translation>
    </message>
    <message>
        <source>As in textbook examples; scores are not on a 0–100 scale</source>
        <translation>Ders kitabı örneklerindeki gibi; puanlar 0–100 ölçeğinde değildir</translation>
    </message>
    <message>
        <source>Pessimistic: assume the worst</source>
        <translation>Kötümser: en kötüsünü varsay</translation>
    </message>
    <message>
        <source>The default: an unknown never helps</source>
        <translation>Varsayılan: bilinmeyen bir veri asla işe yaramaz</translation>
    </message>
    <message>
        <source>Optimistic: assume the best</source>
        <translation>İyimser: en iyisini varsay</translation>
    </message>
    <message>
        <source>Midpoint: halfway</source>
        <translation>Orta nokta: yarı yolda</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Eşit ağırlıklar</translation>
    </message>
    <message>
        <source>Every criterion counts the same</source>
        <translation>Her ölçüt aynı ölçüde sayılır</translation>
    </message>
    <message>
        <source>That is a must-have already.</source>
        <translation>Bu zaten bir zorunlu koşul.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>Settings chosen by hand</source>
        <translation>Elle seçilmiş ayarlar</translation>
    </message>
    <message>
        <source>Set every weight, the method and the must-haves from a profile shipped with the catalog</source>
        <translation>Bütün ağırlıkları, yöntemi ve zorunlu koşulları katalogla gelen bir profilden ayarlar</translation>
    </message>
</context>
<context>
    <name>ms::gui::SensitivityDialog</name>
    <message>
        <source>How Sure Is the Ranking?</source>
        <translation>Sıralama Ne Kadar Sağlam?</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Yüklü katalog yok.</translation>
    </message>
    <message>
        <source>No analysis: %1</source>
        <translation>Analiz yok: %1</translation>
    </message>
</context>
<context>
    <name>ms::gui::SensitivityView</name>
    <message>
        <source>the top choice stays first</source>
        <translation>birinci seçenek ilk sırada kalır</translation>
    </message>
    <message>
        <source>the top three keep their order</source>
        <translation>ilk üç sırasını korur</translation>
    </message>
    <message>
        <source>the current weight</source>
        <translation>geçerli ağırlık</translation>
    </message>
    <message>
        <source>Win probabilities</source>
        <translation>Birinci gelme olasılıkları</translation>
    </message>
    <message>
        <source>No sensitivity analysis yet.</source>
        <translation>Henüz duyarlılık analizi yok.</translation>
    </message>
    <message>
        <source>Nothing is ranked, so there is nothing to analyse.</source>
        <translation>Hiçbir şey sıralanmadı; bu yüzden analiz edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Top choice: %1.</source>
        <translation>Birinci seçenek: %1.</translation>
    </message>
    <message>
        <source>Top choice: %1, then %2.</source>
        <translation>Birinci seçenek: %1, ardından %2.</translation>
    </message>
    <message>
        <source>Each bar is one weight on a 0–100 % scale, the other weights changing in proportion. %1 stays first while the weight stays in the light band; the top three keep their order in the dark band.</source>
        <translation>Her çubuk, 0–100 yüzdelik ölçekte bir ağırlıktır; diğer ağırlıklar orantılı olarak değişir. Ağırlık açık renkli bantta kaldıkça %1 ilk sırada kalır; koyu renkli bantta ilk üç sırasını korur.</translation>
    </message>
    <message>
        <source>weight now · first stays · top three</source>
        <translation>ağırlık · birinci kalır · ilk üç</translation>
    </message>
    <message>
        <source>%1 % · %2–%3 % · %4–%5 %</source>
        <translation>%%1 · %%2–%3 · %%4–%5</translation>
    </message>
    <message>
        <source>%1: weight %2 %. The top choice stays first from %3 % to %4 %; the top three keep their order from %5 % to %6 %.</source>
        <translation>%1: ağırlık %%2. Birinci seçenek %%3 ile %%4 arasında ilk sırada kalır; ilk üç %%5 ile %%6 arasında sırasını korur.</translation>
    </message>
    <message>
        <source>As this weight is the only one, the others share the rest equally.</source>
        <translation>Bu tek ağırlık olduğundan, diğerleri kalanı eşit olarak paylaşır.</translation>
    </message>
    <message>
        <source>%1, the runner-up, already ties with %2 for first.</source>
        <translation>İkinci sıradaki %1, ilk sırayı zaten %2 ile paylaşıyor.</translation>
    </message>
    <message>
        <source>%1, the runner-up, catches up with %2 when the weight of %3 rises from %4 % to %5 %</source>
        <translation>İkinci sıradaki %1, %3 ağırlığı %%4 değerinden %%5 değerine çıktığında %2 seçeneğini yakalar</translation>
    </message>
    <message>
        <source>%1, the runner-up, catches up with %2 when the weight of %3 falls from %4 % to %5 %</source>
        <translation>İkinci sıradaki %1, %3 ağırlığı %%4 değerinden %%5 değerine indiğinde %2 seçeneğini yakalar</translation>
    </message>
    <message>
        <source>(the other criteria sharing the rest equally).</source>
        <translation>(diğer ölçütler kalanı eşit olarak paylaşır).</translation>
    </message>
    <message>
        <source>(the other weights changing in proportion).</source>
        <translation>(diğer ağırlıklar orantılı olarak değişir).</translation>
    </message>
    <message>
        <source>No change of a single weight makes %1, the runner-up, the top choice.</source>
        <translation>Tek bir ağırlığı değiştirmek, ikinci sıradaki %1 seçeneğini birinci yapmıyor.</translation>
    </message>
    <message>
        <source>Share of samples won</source>
        <translation>Kazanılan örneklerin payı</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %%2</translation>
    </message>
    <message>
        <source>% of samples in which it ranks first</source>
        <translation>İlk sıraya çıktığı örneklerin yüzdesi</translation>
    </message>
    <message>
        <source>Chance of ranking first with random weights (%1 samples)</source>
        <translation>Rastgele ağırlıklarla ilk sıraya çıkma olasılığı (%1 örnek)</translation>
    </message>
    <message>
        <source>The other alternative never ranked first in the samples.</source>
        <translation>Diğer seçenek örneklerin hiçbirinde ilk sıraya çıkmadı.</translation>
    </message>
    <message>
        <source>The other %1 alternatives never ranked first in the samples.</source>
        <translation>Diğer %1 seçenek örneklerin hiçbirinde ilk sıraya çıkmadı.</translation>
    </message>
    <message>
        <source>Not shown: 1 more alternative, %1 %.</source>
        <translation>Gösterilmeyen: 1 seçenek daha, %%1.</translation>
    </message>
    <message>
        <source>Not shown: %1 more alternatives, together %2 %.</source>
        <translation>Gösterilmeyen: %1 seçenek daha, toplam %%2.</translation>
    </message>
</context>
<context>
    <name>ms::gui::StabilityBar</name>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>ms::gui::StaleFactsDialog</name>
    <message>
        <source>Stale Facts</source>
        <translation>Eskimiş Veriler</translation>
    </message>
    <message>
        <source>Stale facts</source>
        <translation>Eskimiş veriler</translation>
    </message>
    <message>
        <source>Double-click a fact to see it in the details pane; Edit › Edit Fact… gives it a figure of your own with today&apos;s date.</source>
        <translation>Ayrıntılar bölmesinde görmek için bir veriye çift tıklayın; Düzen › Veriyi Düzenle… ona bugünün tarihiyle kendi değerinizi verir.</translation>
    </message>
    <message>
        <source>No fact of %1 is older than %2 months.</source>
        <translation>%1 verinin hiçbiri %2 aydan eski değil.</translation>
    </message>
    <message>
        <source>%1 facts of %2 are older than %3 months. Check them at their source before you rely on them.</source>
        <translation>%2 verinin %1 tanesi %3 aydan eski. Bunlara güvenmeden önce kaynaklarından denetleyin.</translation>
    </message>
    <message>
        <source>1 fact of %1 is older than %2 months. Check it at its source before you rely on it.</source>
        <translation>%1 verinin 1 tanesi %2 aydan eski. Buna güvenmeden önce kaynağından denetleyin.</translation>
    </message>
</context>
<context>
    <name>ms::gui::StaleFactsModel</name>
    <message>
        <source>%1 (detail)</source>
        <translation>%1 (ayrıntı)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 ay</translation>
    </message>
    <message>
        <source>As of %1: %2 months old; facts older than %3 months count as stale</source>
        <translation>Tarih %1: %2 aylık; %3 aydan eski veriler eskimiş sayılır</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
</context>
<context>
    <name>ms::gui::UsageEditor</name>
    <message>
        <source>How much your mod will be used. The projected monthly costs replace the catalog&apos;s cost facts in the ranking.</source>
        <translation>Modunuzun ne kadar kullanılacağı. Öngörülen aylık maliyetler, sıralamada katalogdaki maliyet verilerinin yerini alır.</translation>
    </message>
    <message>
        <source>Pro&amp;ject costs from usage</source>
        <translation>Maliyetleri kullanımdan &amp;hesapla</translation>
    </message>
    <message>
        <source>Project costs from usage</source>
        <translation>Maliyetleri kullanımdan hesapla</translation>
    </message>
    <message>
        <source>Rank the cost criteria on what this usage would cost each month</source>
        <translation>Maliyet ölçütlerini bu kullanımın aylık maliyetine göre sıralar</translation>
    </message>
    <message>
        <source>Pla&amp;yers a month:</source>
        <translation>Aylık &amp;oyuncu:</translation>
    </message>
    <message>
        <source>Players a month</source>
        <translation>Aylık oyuncu</translation>
    </message>
    <message>
        <source>Players who use the mod in a month</source>
        <translation>Bir ayda modu kullanan oyuncular</translation>
    </message>
    <message>
        <source>&amp;Sessions per player:</source>
        <translation>Oyuncu başına &amp;oturum:</translation>
    </message>
    <message>
        <source>Sessions per player a month</source>
        <translation>Oyuncu başına aylık oturum</translation>
    </message>
    <message>
        <source>Play sessions per player in a month</source>
        <translation>Bir ayda oyuncu başına oyun oturumu</translation>
    </message>
    <message>
        <source>M&amp;essages per session:</source>
        <translation>Oturum başına &amp;mesaj:</translation>
    </message>
    <message>
        <source>Messages per session</source>
        <translation>Oturum başına mesaj</translation>
    </message>
    <message>
        <source>NPC replies per play session; each is one interaction</source>
        <translation>Oyun oturumu başına NPC yanıtı; her biri bir etkileşimdir</translation>
    </message>
    <message>
        <source>Tokens &amp;in per message:</source>
        <translation>Mesaj başına &amp;girdi jetonu:</translation>
    </message>
    <message>
        <source>Tokens in per message</source>
        <translation>Mesaj başına girdi jetonu</translation>
    </message>
    <message>
        <source>Prompt tokens per message: the character, the context and the history</source>
        <translation>Mesaj başına istem jetonu: karakter, bağlam ve geçmiş</translation>
    </message>
    <message>
        <source>Tokens &amp;out per message:</source>
        <translation>Mesaj başına ç&amp;ıktı jetonu:</translation>
    </message>
    <message>
        <source>Tokens out per message</source>
        <translation>Mesaj başına çıktı jetonu</translation>
    </message>
    <message>
        <source>Tokens in each NPC reply</source>
        <translation>Her NPC yanıtındaki jeton sayısı</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Ödeye&amp;n:</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Kim öder</translation>
    </message>
    <message>
        <source>Each player&apos;s own account</source>
        <translation>Oyuncu hesabı</translation>
    </message>
    <message>
        <source>Each player brings an account or key: the free tier applies per player</source>
        <translation>Her oyuncu kendi hesabını ya da anahtarını getirir: ücretsiz kota oyuncu başına geçerlidir</translation>
    </message>
    <message>
        <source>The author&apos;s key</source>
        <translation>Yapımcı anahtarı</translation>
    </message>
    <message>
        <source>The mod ships the author&apos;s key: one account and one free tier serve every player</source>
        <translation>Mod, yapımcının anahtarıyla gelir: tek bir hesap ve tek bir ücretsiz kota bütün oyunculara hizmet eder</translation>
    </message>
</context>
<context>
    <name>ms::gui::WeightsPanel</name>
    <message>
        <source>Weights (0–10) of each criterion. The ranking follows at once.</source>
        <translation>Her ölçütün ağırlığı (0–10). Sıralama anında güncellenir.</translation>
    </message>
    <message>
        <source>More is better.</source>
        <translation>Çok olan iyi.</translation>
    </message>
    <message>
        <source>Less is better.</source>
        <translation>Az olan iyi.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Birim: %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 ağırlığı</translation>
    </message>
    <message>
        <source>Weight value of %1</source>
        <translation>%1 ağırlık değeri</translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation>Toplam ağırlık içindeki pay</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
</context>
</TS>
