import { INSTITUTION_KINDS, type InstitutionKind } from "@roundtable/shared";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

@Entity("institutions")
export class Institution {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "text" })
  name: string;

  @Column({ type: "enum", enum: INSTITUTION_KINDS, enumName: "institution_kind" })
  kind: InstitutionKind;

  @Column({ type: "text", nullable: true })
  address: string | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
