// The search box and the filters of the library; every change is a new view (and URL).
import { COLOURS, type Colour } from '@/lib/model';
import { EMPTY_QUERY, SORTS, type LibraryQuery, type Sort } from '@/lib/library/query';
import { t } from '../i18n';

export interface FiltersProps {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  tags: readonly { tag: string; count: number }[];
  sites: readonly { site: string; count: number }[];
  /** Until the library is loaded only the search box can be typed in. */
  disabled: boolean;
}

const SORT_LABEL = { newest: 'library_sortNewest', page: 'library_sortPage' } as const;

const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** A filter value from a form control: empty means no filter. */
function set<K extends keyof LibraryQuery>(query: LibraryQuery, key: K, raw: string): LibraryQuery {
  const next = { ...query };
  if (raw) next[key] = raw as LibraryQuery[K];
  else delete next[key];
  return next;
}

/** A choice among values in use, with their counts; a bookmarked value no longer in use stays. */
function Choice({
  label,
  any,
  value,
  choices,
  onChange,
}: {
  label: string;
  any: string;
  value: string | undefined;
  choices: readonly (readonly [string, number])[];
  onChange: (event: Event) => void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={onChange}>
        <option value="">{any}</option>
        {value && !choices.some(([choice]) => choice === value) && (
          <option value={value}>{value}</option>
        )}
        {choices.map(([choice, count]) => (
          <option key={choice} value={choice}>{`${choice} (${count})`}</option>
        ))}
      </select>
    </label>
  );
}

export function Filters({ query, onChange, tags, sites, disabled }: FiltersProps) {
  const change = (key: keyof LibraryQuery) => (event: Event) =>
    onChange(set(query, key, value(event)));
  return (
    <div role="search" class="library-filters">
      <input
        type="search"
        class="library-search"
        aria-label={t('library_search')}
        placeholder={t('library_searchPlaceholder')}
        value={query.q}
        onInput={(event) => onChange({ ...query, q: value(event) })}
      />
      <fieldset class="library-filter-set" disabled={disabled}>
        <legend class="gloss-visually-hidden">{t('library_filters')}</legend>
        <Choice
          label={t('library_tag')}
          any={t('library_anyTag')}
          value={query.tag}
          choices={tags.map((e) => [e.tag, e.count] as const)}
          onChange={change('tag')}
        />
        <label>
          {t('library_colour')}
          <select value={query.colour ?? ''} onChange={change('colour')}>
            <option value="">{t('library_anyColour')}</option>
            {COLOURS.map((colour: Colour) => (
              <option key={colour} value={colour}>
                {t(`colour_${colour}`)}
              </option>
            ))}
          </select>
        </label>
        <Choice
          label={t('library_site')}
          any={t('library_anySite')}
          value={query.site}
          choices={sites.map((e) => [e.site, e.count] as const)}
          onChange={change('site')}
        />
        <label>
          {t('library_from')}
          <input type="date" value={query.from ?? ''} max={query.to} onChange={change('from')} />
        </label>
        <label>
          {t('library_to')}
          <input type="date" value={query.to ?? ''} min={query.from} onChange={change('to')} />
        </label>
        <label>
          {t('library_sort')}
          <select
            value={query.sort}
            onChange={(event) => onChange({ ...query, sort: value(event) as Sort })}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(SORT_LABEL[sort])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChange(EMPTY_QUERY)}>
          {t('library_clearFilters')}
        </button>
      </fieldset>
    </div>
  );
}
