package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Sentence;
import org.claimgraph.model.Source;
import org.claimgraph.model.Span;
import org.claimgraph.model.Token;
import org.junit.jupiter.api.Test;

class NlpAnnotatorTest {
    static final Annotators NLP = Annotators.of(List.of(new ParagraphAnnotator(), new NlpAnnotator(Nlp.get())));

    static Article annotate(String body) {
        return NLP.annotate(Article.of("t", Source.file("t.txt"), body, ArticleMeta.EMPTY, List.of()));
    }

    @Test
    void sentencesStayInsideParagraphsAndTokensCarryUposTagsAndLemmas() {
        String body = "Moallem told Lavrov that Washington uses the coalition. He stressed it twice\n\nThe ministry denied the accusations.";
        Article a = annotate(body);
        assertTrue(a.has(Layer.SENTENCES) && a.has(Layer.TOKENS));
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size(), s.toString());
        for (Sentence x : s) {
            boolean inside = a.paragraphs().stream().anyMatch(p -> p.contains(x.span()));
            assertTrue(inside, "sentence " + x + " inside a paragraph");
        }
        Token told = a.tokens().stream().filter(t -> a.text(t.span()).equals("told")).findFirst().orElseThrow();
        assertEquals("VERB", told.pos());
        assertEquals("tell", told.lemma());
        Token denied = a.tokens().stream().filter(t -> a.text(t.span()).equals("denied")).findFirst().orElseThrow();
        assertEquals("deny", denied.lemma());
        assertEquals(new Span(0, 7), a.tokens().get(0).span());
        Token lavrov = a.tokens().get(2);
        assertEquals("Lavrov", a.text(lavrov.span()));
        assertEquals("PROPN", lavrov.pos());
    }

    @Test
    void aCommaBetweenTwoLettersSplitsWhereAScraperDroppedTheSpace() {
        Nlp nlp = Nlp.get();
        assertEquals(List.of("Steinmeier", ",", "criticized", "NATO", ",", "saying", "it", "cost", "1,000", "jobs"),
                List.of(nlp.tokenize("Steinmeier,criticized NATO,saying it cost 1,000 jobs").words()));
        Article a = annotate("The minister,Frank Weber,said the army had shelled the town.");
        assertEquals(List.of("The", "minister", ",", "Frank", "Weber", ",", "said"),
                a.tokens().subList(0, 7).stream().map(t -> a.text(t.span())).toList());
    }

    @Test
    void theShortcutsGiveOpenNlpsTokensTagsAndLemmasOnRealText() throws Exception {
        Nlp nlp = Nlp.get();
        assertTrue(nlp.tagsGreedily(), "the shipped model passes the decoder's feature check");
        List<org.claimgraph.model.RawArticle> raws = new java.util.ArrayList<>();
        new org.claimgraph.read.ArticleReader().read(List.of(org.claimgraph.TestData.testResource("corpora/news_sample.csv")), new org.claimgraph.read.RecordSink() {
            @Override public void accept(org.claimgraph.model.RawArticle r) { raws.add(r); }
            @Override public void fail(org.claimgraph.model.Problem p) { throw new AssertionError(p.message()); }
        });
        int sentences = 0, tokens = 0;
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (org.claimgraph.model.RawArticle r : raws.subList(0, 60)) {
            for (String sent : nlp.sentences.sentDetect(r.text())) {
                opennlp.tools.util.Span[] spans = nlp.tokenizer.tokenizePos(sent);
                assertEquals(List.of(spans), List.of(nlp.tokenizePos(sent)), sent);
                String[] words = nlp.tokenizer.tokenize(sent);
                if (words.length == 0) continue;
                String[] expected = nlp.tagWithOpenNlp(words);
                String[][] both = nlp.tagAndLemmatize(words);
                assertEquals(List.of(expected), List.of(both[0]), sent);
                Nlp.Tokens kept = nlp.tokenize(sent);
                assertEquals(List.of(words), List.of(kept.words()), sent);
                String[][] fromPieces = nlp.tagAndLemmatize(kept);
                assertEquals(List.of(both[0]), List.of(fromPieces[0]), sent);
                assertEquals(List.of(both[1]), List.of(fromPieces[1]), sent);
                for (int i = 0; i < words.length; i++) assertEquals(nlp.lemma(words[i], expected[i]), both[1][i], words[i]);
                for (int i = 0; i < words.length; i++) {
                    if (pairs.add(expected[i] + " " + words[i])) {
                        assertEquals(nlp.lemmaWithOpenNlp(words[i], expected[i]), nlp.lemmaWithModel(words[i], expected[i]), words[i]);
                    }
                }
                sentences++;
                tokens += words.length;
            }
        }
        assertTrue(sentences > 1000 && tokens > 20_000, sentences + " sentences, " + tokens + " tokens");
    }

    @Test
    void theQuickScannerGivesOpenNlpsSentencesOnRealText() throws Exception {
        opennlp.tools.sentdetect.SentenceModel model;
        try (java.io.InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            model = new opennlp.tools.sentdetect.SentenceModel(in);
        }
        opennlp.tools.sentdetect.SentenceDetectorME own = new opennlp.tools.sentdetect.SentenceDetectorME(model);
        opennlp.tools.sentdetect.SentenceDetectorME quick = new opennlp.tools.sentdetect.SentenceDetectorME(Nlp.quickScanning(model));
        List<org.claimgraph.model.RawArticle> raws = new java.util.ArrayList<>();
        new org.claimgraph.read.ArticleReader().read(List.of(org.claimgraph.TestData.testResource("corpora/news_sample.csv"), org.claimgraph.TestData.seeds()),
                new org.claimgraph.read.RecordSink() {
                    @Override public void accept(org.claimgraph.model.RawArticle r) { raws.add(r); }
                    @Override public void fail(org.claimgraph.model.Problem p) { throw new AssertionError(p.message()); }
                });
        int sentences = 0;
        for (org.claimgraph.model.RawArticle r : raws) {
            for (String text : (r.text() + "\n\n" + r.text().replace("\n", " ")).split("\n\n")) {
                opennlp.tools.util.Span[] expected = own.sentPosDetect(text);
                assertEquals(List.of(expected), List.of(quick.sentPosDetect(text)), text);
                assertEquals(List.of(expected), List.of(Nlp.get().sentences.sentPosDetect(text)), text);
                sentences += expected.length;
            }
        }
        assertTrue(sentences > 5000, sentences + " sentences");
    }

    @Test
    void aBreakAfterATitleOrBeforeADateNumberIsJoined() {
        Article a = annotate("The letter was signed by Sen. Ben Cardin and the Rev. Jose Ortega on Jan. 18 in Baltimore. It was read aloud. Nobody came on No. Then they left.");
        List<String> s = a.sentences().stream().map(x -> a.text(x.span())).toList();
        assertEquals("The letter was signed by Sen. Ben Cardin and the Rev. Jose Ortega on Jan. 18 in Baltimore.", s.get(0), s.toString());
        assertTrue(s.contains("It was read aloud."), s.toString());
    }

    @Test
    void aBreakBeforeALowerCaseWordOrAfterAMiddleInitialIsJoined() {
        Article a = annotate("Sen. Bob Corker, R-Tenn., said the plan was dead. \"Why did you leave?\" a reporter asked. "
                + "The talks were led by Chris W. Cox and by Mr. M. Naidu in Delhi. They spoke about Plan B. The meeting ended.");
        List<String> s = a.sentences().stream().map(x -> a.text(x.span())).toList();
        assertTrue(s.contains("Sen. Bob Corker, R-Tenn., said the plan was dead."), s.toString());
        assertTrue(s.contains("\"Why did you leave?\" a reporter asked."), s.toString());
        assertTrue(s.contains("The talks were led by Chris W. Cox and by Mr. M. Naidu in Delhi."), s.toString());
        assertTrue(s.contains("The meeting ended."), "an initial after an ordinary word ends its sentence: " + s);
    }

    @Test
    void rejectsAPipelineWhoseRequirementsAreUnmet() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Annotators.of(List.of(new NlpAnnotator(Nlp.get()))));
        assertTrue(e.getMessage().contains("'nlp' requires layer PARAGRAPHS"), e.getMessage());
    }

    /** Each row: a body, a word written in it, and the tag/lemma its first occurrence must have. */
    private static void assertTags(String[][] rows) {
        for (String[] r : rows) {
            Article a = annotate(r[0]);
            Token t = a.tokens().stream().filter(x -> a.text(x.span()).equals(r[1])).findFirst().orElseThrow();
            assertEquals(r[2], t.pos() + "/" + t.lemma(), r[0]);
        }
    }

    @Test
    void aVerbTheTaggerTookForANounAfterANounIsRetaggedWhenItsClauseHasNoOtherVerb() {
        // the tagger's own tags for these are NOUN: the clause is left with no verb
        assertTags(new String[][] {
            {"The agency said the monthly wage bill for teachers rose 8 percent last year.", "rose", "VERB/rise"},
            {"\u201cThe rule of law applies to everyone,\u201d the judge said.", "applies", "VERB/apply"},
            {"\u201cThe tax cuts fail to help workers,\u201d the analysts said.", "fail", "VERB/fail"},
            {"The union said the blame for the strike lies with the employers.", "lies", "VERB/lie"},
            // the tagger's tag here is ADV
            {"The office said the average price of bread rose 12 percent.", "rose", "VERB/rise"}});
        // the claim is kept: a content clause with no verb was dropped before
        Article a = ClaimsTestSupport.annotate("The Brookings Institution said the average rent for students rose 9 percent.");
        assertEquals(1, a.attributions().size(), ClaimsTestSupport.show(a));
        assertTrue(a.text(a.attributions().get(0).content()).startsWith("the average rent for students rose"), ClaimsTestSupport.show(a));
    }

    @Test
    void aNounStaysANounWithAVerbInItsClauseBeforeACommaAfterANumberOrOutsideAClauseThatOpens() {
        assertTags(new String[][] {
            // a verb later in the clause: "increase" is its subject's head
            {"He said the price increase was small.", "increase", "NOUN/increase"},
            // an apposition follows
            {"The government spokesman, Anna Berg, said the talks would resume.", "spokesman", "NOUN/spokesman"},
            // a noun inside a prepositional phrase, not a subject opening a clause
            {"He lost his savings in the stock market crash of 1929.", "crash", "NOUN/crash"},
            // a number counts the -s word: a plural noun
            {"The coast guard said two government vessels in the area were searched.", "vessels", "NOUN/vessel"}});
    }

    @Test
    void anAdjectiveBeforeAFiniteVerbIsAHeadNoun() {
        assertTags(new String[][] {
            // "the general/ADJ said": the subject's head
            {"The general said that mistakes had been made.", "general", "NOUN/general"}});
        assertTags(new String[][] {
            // a noun before a relative "that" is still a noun (tried and dropped: a noun before "that" read as a verb made
            // "The police reports that officers filed … were" a report)
            {"The police reports that officers filed were lost.", "reports", "NOUN/report"},
            // an adjective before its noun stays one
            {"The general strike was called off.", "general", "ADJ/general"}});
    }

    @Test
    void anAccusingVerbTheTaggerTookForAnAdjectiveAfterANameIsAVerb() {
        // the tagger's own tag here is ADJ ("accused security forces" read as a noun phrase)
        assertTags(new String[][] {
            {"Amnesty International accused security forces of torturing detainees.", "accused", "VERB/accuse"}});
        Article a = ClaimsTestSupport.annotate("Amnesty International accused security forces of torturing detainees.");
        assertEquals(1, a.attributions().size(), ClaimsTestSupport.show(a));
        // a participle before a preposition stays what it is
        Article b = ClaimsTestSupport.annotate("A man accused of theft was released for lack of evidence.");
        assertEquals(0, b.attributions().size(), ClaimsTestSupport.show(b));
    }
}
