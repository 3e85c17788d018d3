import { ReportFileFormat } from '@consulta/shared/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReportVersionEntity } from './report-version.entity';

/** A published version's file in one format; its bytes are in report_file_chunks. */
@Entity({ name: 'report_files' })
@Unique('UQ_report_files_version_format', ['versionId', 'format'])
@Check('CHK_report_files_format', `"format" IN ('pdf', 'csv', 'xlsx', 'json')`)
export class ReportFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_files' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ReportVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_report_files_version' })
  reportVersion?: ReportVersionEntity;

  @Column({ type: 'varchar', length: 10 })
  format!: ReportFileFormat;

  /** Bytes. */
  @Column({ type: 'int' })
  size!: number;

  /** Hex SHA-256 of the bytes: the download's ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;
}

/** Up to 1 MiB of a file, in order of `seq` from 0. */
@Entity({ name: 'report_file_chunks' })
@Check('CHK_report_file_chunks_size', `octet_length("bytes") BETWEEN 1 AND 1048576`)
export class ReportFileChunkEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_file_chunks' })
  fileId!: string;

  @ManyToOne(() => ReportFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'FK_report_file_chunks_file' })
  file?: ReportFileEntity;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_report_file_chunks' })
  seq!: number;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
