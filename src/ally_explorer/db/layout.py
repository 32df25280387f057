"""What this version's schema is, without importing sqlite-utils (start-up reads it).

``migrations.py`` is the source of truth; tests/db/test_migrations.py checks that the names and
the layout here match what its migrations make, and prints the new values when they do not.
The entry tables' columns are declared in core/entities.py; tests/db/test_declarations.py
checks that every declared column is in this layout (with its type) and every one here declared.
"""

from __future__ import annotations

MIGRATION_SET = "ally_explorer"

#: The migrations this version knows, in order.
KNOWN_MIGRATIONS: tuple[str, ...] = ('m001_initial', 'm002_unvotes', 'm003_tours', 'm004_attribution_index', 'm005_country_event_counts', 'm007_readable_schema', 'm008_source_texts', 'm009_content_stamp')

#: Every table and its columns once all migrations have run.
LAYOUT: dict[str, frozenset[str]] = {
    '_sqlite_migrations': frozenset({'applied_at', 'id', 'migration_set', 'name'}),
    'anchors': frozenset({'end', 'item_id', 'kind', 'prefix', 'quote', 'source_id', 'start', 'status', 'suffix'}),
    'alignments': frozenset({'attribution', 'confidence', 'country_id', 'date_end', 'date_label', 'date_start', 'excerpt', 'id', 'note', 'ongoing', 'source_id', 'stance'}),
    'changes': frozenset({'action', 'after', 'before', 'entity', 'entity_id', 'id', 'label', 'time'}),
    'countries': frozenset({'aliases', 'focus', 'headline', 'id', 'iso2', 'iso_numeric', 'name', 'region', 'summary'}),
    'countries_fts': frozenset({'aliases', 'headline', 'name', 'summary'}),
    'countries_fts_config': frozenset({'k', 'v'}),
    'countries_fts_data': frozenset({'block', 'id'}),
    'countries_fts_docsize': frozenset({'id', 'sz'}),
    'countries_fts_idx': frozenset({'pgno', 'segid', 'term'}),
    'content_stamp': frozenset({'database_id', 'id', 'writes'}),
    'country_event_counts': frozenset({'country_id', 'events'}),
    'event_countries': frozenset({'country_id', 'event_id', 'position'}),
    'events': frozenset({'attribution', 'category', 'confidence', 'date_end', 'date_label', 'date_start', 'description', 'excerpt', 'id', 'importance', 'note', 'source_id', 'title'}),
    'events_fts': frozenset({'attribution', 'date_label', 'description', 'title'}),
    'events_fts_config': frozenset({'k', 'v'}),
    'events_fts_data': frozenset({'block', 'id'}),
    'events_fts_docsize': frozenset({'id', 'sz'}),
    'events_fts_idx': frozenset({'pgno', 'segid', 'term'}),
    'figures': frozenset({'attribution', 'confidence', 'country_id', 'date_end', 'date_label', 'date_start', 'excerpt', 'id', 'label', 'note', 'qualifier', 'source_id', 'unit', 'value', 'value_high'}),
    'people': frozenset({'country_id', 'id', 'name', 'note', 'role'}),
    'sources': frozenset({'author', 'id', 'licence', 'note', 'published', 'publisher', 'text', 'title', 'url'}),
    'sources_fts': frozenset({'author', 'text', 'title'}),
    'sources_fts_config': frozenset({'k', 'v'}),
    'sources_fts_data': frozenset({'block', 'id'}),
    'sources_fts_docsize': frozenset({'id', 'sz'}),
    'sources_fts_idx': frozenset({'pgno', 'segid', 'term'}),
    'statements': frozenset({'attribution', 'confidence', 'context', 'country_id', 'date_end', 'date_label', 'date_start', 'excerpt', 'id', 'note', 'person_id', 'source_id', 'text'}),
    'statements_fts': frozenset({'attribution', 'context', 'text'}),
    'statements_fts_config': frozenset({'k', 'v'}),
    'statements_fts_data': frozenset({'block', 'id'}),
    'statements_fts_docsize': frozenset({'id', 'sz'}),
    'statements_fts_idx': frozenset({'pgno', 'segid', 'term'}),
    'tour_items': frozenset({'item_id', 'kind', 'position', 'tour_id'}),
    'tours': frozenset({'created', 'id', 'name', 'note', 'updated'}),
    'un_agreement': frozenset({'agreed', 'compared', 'country_id', 'share', 'year'}),
    'un_countries': frozenset({'code', 'id', 'iso3', 'name'}),
    'un_roll_call_issues': frozenset({'issue', 'rcid', 'short_name'}),
    'un_roll_calls': frozenset({'amend', 'date', 'descr', 'importantvote', 'para', 'rcid', 'session', 'short', 'unres'}),
    'un_vote_kinds': frozenset({'id', 'vote'}),
    'un_votes': frozenset({'country_id', 'rcid', 'vote'}),
}
