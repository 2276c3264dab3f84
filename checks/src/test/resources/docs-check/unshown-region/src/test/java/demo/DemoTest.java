package demo;

class DemoTest {
  void example() {
    // tag::example[]
    int x = 1;
    // end::example[]
    int y = 2;
    // tag::forgotten[]
    int z = 3;
    // end::forgotten[]
  }
}
