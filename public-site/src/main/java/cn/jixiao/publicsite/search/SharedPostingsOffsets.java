package cn.jixiao.publicsite.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * The query terms' offsets of one field, read from the postings as Lucene's {@link PostingsOffsetStrategy}
 * does, but with one postings list per term and segment for a whole page of hits: the highlighter visits a
 * field's hits in increasing document order, so each list is advanced from one hit to the next instead of
 * being looked up and opened again for every hit (opening them was a third of the bytes a search allocated,
 * in a JFR profile at 100,000 reports). A hit that does not come after the last one opens the lists
 * again, so the marks are the same whatever the order.
 */
final class SharedPostingsOffsets extends PostingsOffsetStrategy {
    /** Per segment's terms of the field: each query term's postings, and the last hit they were read for. */
    private final Map<Terms, Lists> postings = new IdentityHashMap<>();

    /** The postings of each term (null: the segment lacks it) and the last hit read, -1 before any. */
    private static final class Lists {
        final PostingsEnum[] byTerm;
        int lastDoc = -1;

        Lists(PostingsEnum[] byTerm) {
            this.byTerm = byTerm;
        }
    }

    SharedPostingsOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(
            BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results) throws IOException {
        Lists lists = postings.get(termsIndex);
        if (lists == null || lists.byTerm.length != sourceTerms.length || doc <= lists.lastDoc) {
            // the first hit of the segment, or one not after the last (not the order the highlighter
            // uses, and a hit's positions are read once): open the lists again
            lists = new Lists(open(sourceTerms, termsIndex));
            postings.put(termsIndex, lists);
        }
        lists.lastDoc = doc;
        for (int i = 0; i < sourceTerms.length; i++) {
            PostingsEnum list = lists.byTerm[i];
            if (list == null) {
                continue;
            }
            if (list.docID() < doc) {
                list.advance(doc);
            }
            if (list.docID() == doc) {
                results.add(new OffsetsEnum.OfPostings(sourceTerms[i], list));
            }
        }
    }

    private static PostingsEnum[] open(BytesRef[] terms, Terms termsIndex) throws IOException {
        TermsEnum termsEnum = termsIndex.iterator();
        var lists = new PostingsEnum[terms.length];
        for (int i = 0; i < terms.length; i++) {
            lists[i] = open(terms[i], termsEnum);
        }
        return lists;
    }

    private static PostingsEnum open(BytesRef term, TermsEnum termsEnum) throws IOException {
        if (!termsEnum.seekExact(term)) {
            return null;
        }
        PostingsEnum list = termsEnum.postings(null, PostingsEnum.OFFSETS);
        if (list == null) {
            throw new IllegalStateException("the field has no offsets in its postings: " + term.utf8ToString());
        }
        return list;
    }
}
