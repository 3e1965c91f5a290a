/** The pane's side of a CancelToken: "Hủy" sets it; the controller and the host check it between blocks. */
import { CancelledError, CancelToken } from '../hosts/workbookHost';

export class CancelSource implements CancelToken {
  private flag = false;

  get cancelled(): boolean {
    return this.flag;
  }

  cancel(): void {
    this.flag = true;
  }

  /** Stop here when "Hủy" was pressed. */
  throwIfCancelled(): void {
    if (this.flag) throw new CancelledError();
  }
}
