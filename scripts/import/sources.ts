/** One OfficialSource per release and file imported. */
import type { ImportedSource } from '../../src/data/schemas/official-import.ts';

const OGL = 'Open Government Licence v3.0';
const ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';
const DFE_CLA = 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions';
const DFE_DASHBOARD = 'Copied from the DfE CSC Outcomes and Enablers dashboard repository (dfe-analytical-services/CSC_outcomes_and_enablers).';
const BEN_GOODAIR = 'Copied from the repository BenGoodair/childrens_social_care_data, which re-hosts the DfE files.';

const dfe = (id: string, year: number, title: string, file: string, origin: string): ImportedSource => ({
  id,
  title,
  publisher: 'Department for Education',
  release: `Children looked after in England including adoptions, reporting year ${year}`,
  url: `${DFE_CLA}/${year}`,
  file,
  licence: OGL,
  attribution: ATTRIBUTION,
  origin,
});

export const SOURCES = {
  claNumber2024: dfe('dfe-cla-2024-number-and-rate', 2024, 'Children looked after: number and rate per 10,000 children (2020 to 2024)', 'cla_number_and_rate_per_10k_children.csv', BEN_GOODAIR),
  claNumber2025: dfe('dfe-cla-2025-number-and-rate', 2025, 'Children looked after: number and rate per 10,000 children (2021 to 2025)', 'cla_number_and_rate_per_10k_children.csv', DFE_DASHBOARD),
  characteristics2025: dfe(
    'dfe-cla-2025-characteristics',
    2025,
    'Children looked after on 31 March by characteristics (South West councils, regions and England, 2021 to 2025)',
    'la_cla_on_31_march_by_characteristics.csv',
    `${DFE_DASHBOARD} Rebuilt from the dashboard's processed copy of this file: South West councils, all regions and England only.`,
  ),
  netGain2024: dfe('dfe-cla-2024-placement-net-gain', 2024, 'Children looked after on 31 March: placed inside and outside the council boundary, net gain (2020 to 2024)', 'la_cla_on_31_march_la_of_placement_netgain.csv', BEN_GOODAIR),
  newPlacements2025: dfe('dfe-cla-2025-new-placements', 2025, 'Children looked after: new placements during the year by location (2021 to 2025)', 'la_cla_during_year_new_placements.csv', DFE_DASHBOARD),
  stability2025: dfe('dfe-cla-2025-placement-stability', 2025, 'Children looked after: placement stability (2021 to 2025)', 'la_cla_placement_stability.csv', DFE_DASHBOARD),
  nationalProvider2024: dfe(
    'dfe-cla-2024-national-placement-provider-locality',
    2024,
    'Children looked after on 31 March in England by placement type, provider and locality (2020 to 2024)',
    'national_cla_on_31_march_by_placement_provider_placement_type_and_locality.csv',
    BEN_GOODAIR,
  ),
  laList2025: dfe('dfe-cla-2025-council-list', 2025, 'Councils and regions reporting children looked after in 2025', 'cla_number_and_rate_per_10k_children.csv', `${DFE_DASHBOARD} The list is the distinct council rows for 2025.`),
  ofstedProvidersPlaces: {
    id: 'ofsted-csc-2023-providers-places',
    title: "Children's social care providers and places at 31 March 2023",
    publisher: 'Ofsted',
    release: "Children's social care data in England 2023",
    published: '2023-07-06',
    url: 'https://www.gov.uk/government/statistics/childrens-social-care-data-in-england-2023',
    file: 'Childrens_social_care_in_England_2023_underlying_data.ods, sheet Providers+places_at_31_Mar_2023',
    licence: OGL,
    attribution: ATTRIBUTION,
    origin: `${DFE_DASHBOARD} The sheet was converted to CSV without changing values.`,
  },
  ofstedProviderLevel: {
    id: 'ofsted-csc-2023-provider-level',
    title: "Children's social care providers and their latest inspection judgements at 31 March 2023",
    publisher: 'Ofsted',
    release: "Children's social care data in England 2023",
    published: '2023-07-06',
    url: 'https://www.gov.uk/government/statistics/childrens-social-care-data-in-england-2023',
    file: 'Childrens_social_care_in_England_2023_underlying_data.ods, sheet Provider_level_at_31_Mar_2023',
    licence: OGL,
    attribution: ATTRIBUTION,
    origin: `${DFE_DASHBOARD} The sheet was converted to CSV without changing values.`,
  },
  onsLookup: {
    id: 'ons-ltla-utla-2023',
    title: 'Lower Tier Local Authority to Upper Tier Local Authority (April 2023) Lookup in England and Wales',
    publisher: 'Office for National Statistics',
    release: 'ONS Open Geography Portal, April 2023',
    file: 'LTLA-UTLA_Apr23_Lookup_England-Wales.csv',
    licence: OGL,
    attribution: `${ATTRIBUTION} Source: Office for National Statistics.`,
    origin: DFE_DASHBOARD,
  },
  onsBoundaries: {
    id: 'ons-lad-2023-buc',
    title: 'Local Authority Districts (May 2023) Boundaries UK BUC',
    publisher: 'Office for National Statistics',
    release: 'ONS Open Geography Portal, May 2023 (ultra generalised, 500 m, clipped to the coastline)',
    file: 'ons_lad_may2023_buc_england.geojson',
    licence: OGL,
    attribution: `${ATTRIBUTION} Source: Office for National Statistics. Contains OS data © Crown copyright and database right 2023.`,
    origin:
      'Copied from the repository jimgar/wardboundaries (data/lad_may2023.rda), converted to GeoJSON with the English districts only. Districts are dissolved into the councils DfE reports with the ONS LTLA to UTLA (April 2023) lookup.',
  },
} satisfies Record<string, ImportedSource>;
