package org.gapflow.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table fed a page at a time by a service: one count and one page query per request,
 * never the whole list.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The rows behind a table; serializable because the page bean that holds it lives in the view. */
    public interface Source<T> extends Serializable {
        long count();

        List<T> page(int first, int max);
    }

    private final Source<T> source;
    private final SerializableKey<T> key;
    private transient List<T> page = List.of();

    public interface SerializableKey<T> extends Function<T, String>, Serializable {
    }

    public PagedRows(Source<T> source, SerializableKey<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = source.page(first, pageSize);
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return page == null ? null : page.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
