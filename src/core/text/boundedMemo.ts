/**
 * Results of a pure function of a string, kept so that a value repeated on many rows (a chi bộ's name,
 * a category) is worked out once. Bounded: when full it starts again empty, so memory stays flat
 * whatever the register. A plain object without prototype (ES5, IE11).
 */
export class BoundedMemo<T> {
  private items: { [key: string]: T } = Object.create(null);
  private size = 0;

  constructor(private readonly max: number) {}

  get(key: string): T | undefined {
    return this.items[key];
  }

  set(key: string, value: T): void {
    if (this.size >= this.max) {
      this.items = Object.create(null);
      this.size = 0;
    }
    this.items[key] = value;
    this.size++;
  }
}
