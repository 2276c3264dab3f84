package demo;

class DemoTest {
  void example(int y) {
    // tag::quick-start[]
    int x = 1;
    // end::quick-start[]
    // tag::inner[]
    if (x > 0) {
      y = x;
    }
    // end::inner[]
  }
}
