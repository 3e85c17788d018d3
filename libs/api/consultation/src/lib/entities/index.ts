import { ConsultationArea } from './consultation-area.entity';
import { Consultation } from './consultation.entity';
import { DocumentChangeLink } from './document-change-link.entity';
import { DocumentParagraph } from './document-paragraph.entity';
import { DocumentSection } from './document-section.entity';
import { DocumentVersion } from './document-version.entity';

export { Consultation, ConsultationArea, DocumentChangeLink, DocumentParagraph, DocumentSection, DocumentVersion };
export { PublicationState } from './consultation.entity';

/** Every entity of the consultation domain (TypeOrmModule.forFeature, migration checks). */
export const CONSULTATION_ENTITIES = [
  Consultation,
  ConsultationArea,
  DocumentVersion,
  DocumentSection,
  DocumentParagraph,
  DocumentChangeLink,
];
