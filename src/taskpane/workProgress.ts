/**
 * How far an action got, as one fraction over its steps: each step has a weight, and within a step the
 * host's (done, total) moves the fraction along. The label names the step in Vietnamese.
 */
import { ProgressSink } from '../hosts/workbookHost';

export interface StepPlan {
  key: string;
  weight: number;
}

export type ProgressListener = (label: string, fraction: number) => void;

export class WorkProgress {
  private readonly starts: { [key: string]: number } = {};
  private readonly weights: { [key: string]: number } = {};
  private readonly total: number;
  private current = '';
  private label = '';

  constructor(steps: StepPlan[], private readonly listener: ProgressListener) {
    let sum = 0;
    for (let i = 0; i < steps.length; i++) {
      this.starts[steps[i].key] = sum;
      this.weights[steps[i].key] = steps[i].weight;
      sum += steps[i].weight;
    }
    this.total = sum > 0 ? sum : 1;
  }

  /** Start a step of the plan (an unknown key keeps the fraction where it is). */
  begin(key: string, label: string): void {
    this.current = key;
    this.label = label;
    this.listener(label, this.fractionAt(0));
  }

  /** A sink for the host: (done, total) of the current step. */
  sink(): ProgressSink {
    const self = this;
    return function (done: number, total: number): void {
      const part = total > 0 ? Math.max(0, Math.min(1, done / total)) : 0;
      self.listener(self.label, self.fractionAt(part));
    };
  }

  private fractionAt(part: number): number {
    const start = this.starts[this.current];
    if (start === undefined) return 0;
    return (start + this.weights[this.current] * part) / this.total;
  }
}
