package cn.jixiao.publicsite.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * What was computed on one version of the index, least recently used dropped first. A new reader (a
 * report published, changed or withdrawn) empties it, so nothing stale is ever answered.
 */
final class ReaderCache<K, V> {
    private final Map<K, V> entries;
    private IndexReader reader;

    ReaderCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(IndexReader current, K key) {
        if (reader != current) {
            entries.clear();
            reader = current;
        }
        return entries.get(key);
    }

    synchronized void put(IndexReader current, K key, V value) {
        if (reader == current) {
            entries.put(key, value);
        }
    }
}
