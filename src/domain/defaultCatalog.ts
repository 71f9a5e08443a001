import type { AreaId, SkillId } from './ids';
import type { Skill } from './skill';

const skill = (id: string, area: string, en: string, pl: string): Skill => ({
  id: id as SkillId,
  area: area as AreaId,
  label: { en, pl },
});

/**
 * The default skill catalogue: what digital natives teach (technology, social media, e-commerce,
 * software tools, data & AI, digital services) and what senior colleagues give back (leadership,
 * strategy, industry knowledge, networking, communication), labelled in English and Polish.
 * A cohort's `catalog` extends it and overrides entries with the same id.
 *
 * @category Domain
 */
export const DEFAULT_CATALOG: ReadonlyArray<Skill> = [
  skill('cloud-basics', 'technology', 'cloud basics', 'podstawy chmury'),
  skill('cybersecurity-hygiene', 'technology', 'cybersecurity hygiene', 'higiena cyberbezpieczeństwa'),
  skill('mobile-apps', 'technology', 'mobile apps', 'aplikacje mobilne'),
  skill('no-code-automation', 'technology', 'no-code automation', 'automatyzacja no-code'),
  skill('web-basics', 'technology', 'how the web works', 'jak działa internet'),
  skill('tiktok-ads', 'social-media', 'TikTok ads', 'reklamy na TikToku'),
  skill('instagram', 'social-media', 'Instagram', 'Instagram'),
  skill('linkedin-presence', 'social-media', 'LinkedIn presence', 'obecność na LinkedInie'),
  skill(
    'social-media-marketing',
    'social-media',
    'social media marketing',
    'marketing w mediach społecznościowych',
  ),
  skill('content-creation', 'social-media', 'short-form content creation', 'tworzenie krótkich treści'),
  skill('online-store', 'e-commerce', 'running an online store', 'prowadzenie sklepu internetowego'),
  skill('online-marketing', 'e-commerce', 'online marketing', 'marketing internetowy'),
  skill('marketplaces', 'e-commerce', 'online marketplaces', 'platformy sprzedażowe'),
  skill('digital-payments', 'e-commerce', 'digital payments', 'płatności cyfrowe'),
  skill('seo', 'e-commerce', 'search engine optimisation', 'pozycjonowanie w wyszukiwarkach'),
  skill(
    'collaboration-tools',
    'software-tools',
    'collaboration tools (Teams, Slack)',
    'narzędzia do współpracy (Teams, Slack)',
  ),
  skill('spreadsheets', 'software-tools', 'advanced spreadsheets', 'zaawansowane arkusze kalkulacyjne'),
  skill('video-calls', 'software-tools', 'video meetings', 'spotkania wideo'),
  skill('project-tools', 'software-tools', 'project management tools', 'narzędzia do zarządzania projektami'),
  skill('generative-ai', 'data-ai', 'generative AI tools', 'narzędzia generatywnej AI'),
  skill('data-visualisation', 'data-ai', 'data visualisation', 'wizualizacja danych'),
  skill('data-literacy', 'data-ai', 'data literacy', 'umiejętność pracy z danymi'),
  skill('prompt-writing', 'data-ai', 'prompt writing', 'pisanie promptów'),
  skill('e-government', 'digital-services', 'e-government services', 'e-usługi publiczne'),
  skill(
    'digital-identity',
    'digital-services',
    'digital identity (eID, trusted profile)',
    'tożsamość cyfrowa (e-dowód, profil zaufany)',
  ),
  skill('online-banking', 'digital-services', 'online and mobile banking', 'bankowość internetowa i mobilna'),
  skill('service-design', 'digital-services', 'digital service design', 'projektowanie usług cyfrowych'),
  skill('people-management', 'leadership', 'people management', 'zarządzanie ludźmi'),
  skill('decision-making', 'leadership', 'decision making', 'podejmowanie decyzji'),
  skill('coaching', 'leadership', 'coaching and feedback', 'coaching i informacja zwrotna'),
  skill('business-strategy', 'strategy', 'business strategy', 'strategia biznesowa'),
  skill('budgeting', 'strategy', 'budgeting', 'budżetowanie'),
  skill('change-management', 'strategy', 'change management', 'zarządzanie zmianą'),
  skill('industry-knowledge', 'industry', 'industry knowledge', 'wiedza branżowa'),
  skill('regulation', 'industry', 'regulation and compliance', 'regulacje i zgodność'),
  skill('company-history', 'industry', 'how the organisation works', 'jak działa organizacja'),
  skill('networking', 'networking', 'professional networking', 'budowanie sieci kontaktów'),
  skill('stakeholder-management', 'networking', 'stakeholder management', 'zarządzanie interesariuszami'),
  skill('public-speaking', 'communication', 'public speaking', 'wystąpienia publiczne'),
  skill('negotiation', 'communication', 'negotiation', 'negocjacje'),
  skill('business-writing', 'communication', 'business writing', 'pisanie biznesowe'),
];
