package demo;

class DemoTest {
  void example() {
    // tag::example[]
    int x = 1;
    int y = x + 1;
    // end::example[]
  }
}
