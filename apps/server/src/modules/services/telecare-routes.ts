import { CareServiceQuery } from '@ostoja/domain/services/care-service';
import {
  AlarmImportResult,
  AlarmPage,
  AlarmQuery,
  CreateDevice,
  CreateLoan,
  CreateTelecare,
  Device,
  DevicePage,
  DeviceQuery,
  EndLoan,
  ImportAlarms,
  Loan,
  Telecare,
  TelecarePage,
} from '@ostoja/domain/services/telecare';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './telecare-service.ts';

// Telecare (issue 16 item 7): devices, decisions with the monthly fee, loans with their contract, alarms.
export function telecareRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/telecare/devices',
      permission: 'telecare.read',
      summary: 'Telecare devices by serial number, with their status and holder (logged)',
      query: DeviceQuery,
      response: DevicePage,
      handler: ({ query }, ctx) => service.listDevices(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/telecare/devices',
      permission: 'telecare.manage',
      summary: 'Register a device (bracelet, key box, base station) by its serial number',
      body: CreateDevice,
      status: 201,
      response: Device,
      handler: ({ body }, ctx) => service.addDevice(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/telecare/decisions',
      permission: 'telecare.read',
      summary: 'Telecare decisions, newest first (logged)',
      query: CareServiceQuery,
      response: TelecarePage,
      handler: ({ query }, ctx) => service.listTelecare(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/telecare/decisions/:id',
      permission: 'telecare.read',
      summary: 'A telecare decision with its fee calculation and the devices lent under it (logged)',
      params: IdParams,
      response: Telecare,
      handler: ({ params }, ctx) => service.getTelecare(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/telecare/decisions',
      permission: 'careService.decide',
      summary:
        'Decide telecare on an application with a home visit; the monthly fee where the resolution sets one',
      body: CreateTelecare,
      status: 201,
      response: Telecare,
      handler: ({ body }, ctx) => service.decideTelecare(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/telecare/loans',
      permission: 'telecare.manage',
      summary: 'Lend a device to a decision’s person; a device already lent → 409 naming deviceId',
      body: CreateLoan,
      status: 201,
      response: Loan,
      handler: ({ body }, ctx) => service.lend(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/telecare/loans/:id/end',
      permission: 'telecare.manage',
      summary: 'End a loan: the device returned (lendable again) or lost',
      params: IdParams,
      body: EndLoan,
      response: Loan,
      handler: ({ params, body }, ctx) => service.endLoan(ctx, params.id, body),
    }),
    pdfRoute({
      url: '/api/v1/telecare/loans/:id/contract',
      permission: 'telecare.read',
      summary: 'The device’s lending contract as PDF (logged)',
      document: service.contractDocument,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/telecare/alarms/import',
      permission: 'telecare.manage',
      summary: 'Import the monitoring centre’s CSV of alarms; any bad line → 400 naming it, nothing imported',
      body: ImportAlarms,
      response: AlarmImportResult,
      handler: ({ body }, ctx) => service.importAlarms(ctx, body.csv),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/telecare/alarms',
      permission: 'telecare.read',
      summary: 'A person’s alarms in a month, oldest first (logged)',
      query: AlarmQuery,
      response: AlarmPage,
      handler: ({ query }, ctx) => service.alarms(ctx, query),
    }),
  ];
}
