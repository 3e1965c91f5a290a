/** Shared set-up of the task pane's tests: a fixed "today", the sample registers, a small member list. */
import { CellValue, Grid, gridOf } from '../../src/core/grid';
import { SimpleDate } from '../../src/core/dates';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { PaneController } from '../../src/taskpane/controller';
import { MemoryHost } from './memoryHost';

/** The sample's figures are those of 31/12/2020; a few sample dates lie in early 2021. */
export const TODAY: SimpleDate = { y: 2021, m: 3, d: 1 };

export function todayFixed(): SimpleDate {
  return { y: TODAY.y, m: TODAY.m, d: TODAY.d };
}

export function controllerOn(host: MemoryHost): PaneController {
  return new PaneController(host, { today: todayFixed });
}

export async function startedOn(grids: Grid[]): Promise<{ host: MemoryHost; pane: PaneController }> {
  const host = new MemoryHost(grids);
  const pane = controllerOn(host);
  await pane.start();
  return { host: host, pane: pane };
}

export function sample(): Promise<{ host: MemoryHost; pane: PaneController }> {
  return startedOn(sampleGrids());
}

/**
 * A member list whose admission column has a header the detection does not know ("Đứng vào hàng ngũ",
 * column E): the user has to point "Ngày vào Đảng" at it. Two of the three were admitted in 2018-2020.
 */
export function unusualMemberList(): Grid {
  const rows: CellValue[][] = [
    ['DANH SÁCH ĐẢNG VIÊN'],
    [],
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đứng vào hàng ngũ', 'Chi bộ'],
    [1, 'Nguyễn Văn An', 'Nam', '02/03/1980', '19/05/2010', 'Chi bộ 1'],
    [2, 'Trần Thị Bình', 'Nữ', '04/05/1985', '03/02/2019', 'Chi bộ 1'],
    [3, 'Lê Văn Cường', 'Nam', '06/07/1990', '01/09/2020', 'Chi bộ 2'],
  ];
  return gridOf('Danh sách', rows);
}
