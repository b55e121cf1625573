import { FileBody } from '@ostoja/domain/shared/file';
import { isoDate, todayInPoland } from '@ostoja/domain/shared/validation';
import { BrokenContractPage } from '@ostoja/domain/social-work/art11';
import {
  AddContract,
  AddNote,
  AddPlanItem,
  AddTask,
  Art11Draft,
  CaseFile,
  CaseFileListQuery,
  CaseFilePage,
  CaseNote,
  CaseNotePage,
  CaseTask,
  CloseCaseFile,
  ContractActionInput,
  MyCaseTasks,
  NoteSearchQuery,
  OpenCaseFile,
  SocialContract,
} from '@ostoja/domain/social-work/case-file';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as grounds from './art11-grounds.ts';
import * as service from './service.ts';

const IdParams = z.object({ id: z.uuid() });

export function socialWorkRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/case-files',
      permission: 'socialWork.read',
      summary: 'Case files of social work the caller may see (optionally of one household), newest first',
      query: CaseFileListQuery,
      response: CaseFilePage,
      handler: ({ query }, ctx) => service.listCaseFiles(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files',
      permission: 'socialWork.write',
      summary: 'Open the case file of a household (art. 45 ups); the caller leads it',
      body: OpenCaseFile,
      status: 201,
      response: CaseFile,
      handler: ({ body }, ctx) => service.openCaseFile(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/case-files/:id',
      permission: 'socialWork.read',
      summary: 'A case file: problems, help plan, tasks, contracts (the read is logged)',
      params: IdParams,
      response: CaseFile,
      handler: ({ params }, ctx) => service.getCaseFile(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files/:id/closure',
      permission: 'socialWork.write',
      summary: 'Close a case file with its reason',
      params: IdParams,
      body: CloseCaseFile,
      response: CaseFile,
      handler: ({ params, body }, ctx) => service.closeCaseFile(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files/:id/plan-items',
      permission: 'socialWork.write',
      summary: 'Add a goal of the help plan: action, who, by when, expected effect',
      params: IdParams,
      body: AddPlanItem,
      status: 201,
      response: CaseFile,
      handler: ({ params, body }, ctx) => service.addPlanItem(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/case-files/:id/notes',
      permission: 'socialWork.read',
      summary: 'Notes of contacts, newest first, optionally containing a text (every read is logged)',
      params: IdParams,
      query: NoteSearchQuery,
      response: CaseNotePage,
      handler: ({ params, query }, ctx) => service.listNotes(ctx, params.id, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files/:id/notes',
      permission: 'socialWork.write',
      summary: 'Record a dated note of a contact (visit, call, office, another institution)',
      params: IdParams,
      body: AddNote,
      status: 201,
      response: CaseNote,
      handler: ({ params, body }, ctx) => service.addNote(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files/:id/tasks',
      permission: 'socialWork.write',
      summary: 'Add a task with a due date (the caller’s unless assigned); it shows on "Moja praca"',
      params: IdParams,
      body: AddTask,
      status: 201,
      response: CaseTask,
      handler: ({ params, body }, ctx) => service.addTask(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-tasks/:id/done',
      permission: 'socialWork.write',
      summary: 'Mark a case task done',
      params: IdParams,
      body: z.object({ on: isoDate }),
      response: CaseTask,
      handler: ({ params, body }, ctx) => service.completeTask(ctx, params.id, body.on),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/my-case-tasks',
      permission: 'socialWork.read',
      summary: 'The signed-in worker’s open case tasks, nearest due first ("Moja praca")',
      response: MyCaseTasks,
      handler: (_i, ctx) => service.myCaseTasks(ctx, todayInPoland()),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/case-files/:id/contracts',
      permission: 'socialWork.write',
      summary: 'Draw up a social contract (art. 108, part A or B of the form), numbered KS/year/n',
      params: IdParams,
      body: AddContract,
      status: 201,
      response: SocialContract,
      handler: ({ params, body }, ctx) => service.addContract(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/social-contracts/:id/actions',
      permission: 'socialWork.write',
      summary: 'Sign, review or end a social contract (completed, broken, ended early); 409 when not allowed',
      params: IdParams,
      body: ContractActionInput,
      response: SocialContract,
      handler: ({ params, body }, ctx) => service.recordContractAction(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/social-contracts/:id/art11',
      permission: 'socialWork.read',
      summary:
        'After a breach (art. 11 ust. 2): the household’s running benefits and the justification drafted from the case file; 409 unless broken',
      params: IdParams,
      response: Art11Draft,
      handler: ({ params }, ctx) => service.art11Draft(ctx, params.id, todayInPoland()),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/broken-contracts',
      permission: 'decisions.issue',
      summary:
        'For the clerk drafting a decision: the broken social contracts of the person’s household (art. 11 ust. 2), each with its drafted justification',
      params: IdParams,
      response: BrokenContractPage,
      handler: ({ params }, ctx) => grounds.brokenContracts(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/social-contracts/:id/pdf',
      response: FileBody,
      permission: 'socialWork.read',
      summary: 'The social contract as PDF, to print and sign',
      params: IdParams,
      async handler({ params }, ctx, reply) {
        const { pdf, filename } = await service.contractDocument(ctx, params.id);
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${filename}"`);
        return pdf;
      },
    }),
  ];
}
