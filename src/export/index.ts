/**
 * Exports for registries, portals and ministries: registry records (`am` per issued credential,
 * `ge` per course offering) and a {@link RegistryAdapter} to push them, the catalogue of offered
 * micro-credentials (JSON, CSV, ELM LearningOpportunity), and statistics with small cells
 * suppressed (JSON, CSV, SVG chart). They read a store through `Store.scanCredentials`.
 */
export { exportRegistryRecords, type AmRegistryRecord, type ExportRegistryOptions, type GeRegistryRecord, type RegistryExport, type RegistryFormat, type RegistryLevel, type RegistryOrganisation, type RegistryRecord } from './registry.js';
export { registryRecordsToCsv } from './registry-csv.js';
export { createHttpRegistryAdapter, pushRegistryRecords, DEFAULT_PUSH_BATCH, MAX_PUSH_BATCH, type HttpRegistryAdapterOptions, type RegistryAdapter, type RegistryPushResult } from './registry-adapter.js';
export { qaStatusOf, type QaCourse, type QaStatus, type QaStatusValue } from './qa-status.js';
export { exportCatalogue, catalogueToCsv, searchCatalogue, type Catalogue, type CatalogueEntry, type CatalogueOffering, type CatalogueOptions, type CatalogueQuery } from './catalogue.js';
export { catalogueToElm, type ElmCatalogue } from './catalogue-elm.js';
export { exportStats, STATS_GROUPINGS, STATS_MEASURES, type RecognitionInput, type StatsChart, type StatsCounts, type StatsGrouping, type StatsMeasure, type StatsOptions, type StatsReport, type StatsRow } from './stats.js';
export { statsToCsv, statsChartSvg, MAX_CHART_MONTHS, MAX_CHART_SERIES } from './stats-output.js';
export { COMPLEMENTARY_MARKER, type Shown } from './suppress.js';
export { courseIndex, courseOf, type CourseDescription } from './courses.js';
export { periodBounds, DEFAULT_MAX_CREDENTIALS, type CredentialSource, type ExportPeriod } from './source.js';
